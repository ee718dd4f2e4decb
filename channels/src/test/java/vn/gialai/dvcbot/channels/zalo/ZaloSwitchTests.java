package vn.gialai.dvcbot.channels.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The channel is on only with its four required settings; off, it says so once and names what is missing. */
@ExtendWith(OutputCaptureExtension.class)
class ZaloSwitchTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(ZaloConfiguration.class, ZaloOff.class);

    @Test
    void withoutSettingsTheChannelIsOffAndSaysSoOnce(CapturedOutput output) {
        runner.run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(ZaloConfiguration.class).hasSingleBean(ZaloOff.class);
            assertThat(output.getOut().split("Zalo channel is off", -1)).hasSize(2);
            assertThat(output.getOut()).contains(
                    "Zalo channel is off: ZALO_APP_ID, ZALO_APP_SECRET, ZALO_OA_SECRET_KEY, ZALO_REFRESH_TOKEN not set");
        });
    }

    @Test
    void withSomeSettingsTheChannelIsOffAndNamesTheMissingOnes(CapturedOutput output) {
        runner.withPropertyValues("dvc.zalo.app-id=123", "dvc.zalo.app-secret=s", "dvc.zalo.refresh-token= ")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(ZaloConfiguration.class);
                    assertThat(output.getOut()).contains("Zalo channel is off: ZALO_OA_SECRET_KEY, ZALO_REFRESH_TOKEN not set");
                });
    }

    /** The whole channel wired and working is the subject of {@link ZaloWebhookIntegrationTests}. */
    @Test
    void theFourRequiredSettingsTurnItOnAndTheOffNoticeIsNotLogged(CapturedOutput output) {
        new ApplicationContextRunner().withUserConfiguration(ZaloOff.class)
                .withPropertyValues("dvc.zalo.app-id=123", "dvc.zalo.app-secret=s", "dvc.zalo.oa-secret-key=k", "dvc.zalo.refresh-token=r")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ZaloOff.class));
        assertThat(output.getOut()).doesNotContain("Zalo channel is off");
    }
}
