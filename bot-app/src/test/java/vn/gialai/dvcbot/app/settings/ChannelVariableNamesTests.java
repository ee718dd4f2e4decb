package vn.gialai.dvcbot.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class ChannelVariableNamesTests {

    @Test
    void theReadmesZaloAndTelegramVariablesSetTheDvcSettings() {
        StandardEnvironment environment = withVariables(Map.of("ZALO_APP_ID", "2553928453557884079",
                "ZALO_DOMAIN_VERIFICATION_FILE", "/etc/dvc/zalo_verifier.html", "TELEGRAM_BOT_TOKEN", "7012:abc",
                "TELEGRAM_MODE", "webhook"));

        new ChannelVariableNames().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("dvc.zalo.app-id")).isEqualTo("2553928453557884079");
        assertThat(environment.getProperty("dvc.zalo.domain-verification-file")).isEqualTo("/etc/dvc/zalo_verifier.html");
        assertThat(Binder.get(environment).bind("dvc.telegram.bot-token", String.class).get()).isEqualTo("7012:abc");
        assertThat(environment.getProperty("dvc.telegram.mode")).isEqualTo("webhook");
    }

    @Test
    void aDvcVariableWinsOverItsOlderName() {
        StandardEnvironment environment = withVariables(Map.of("ZALO_MESSAGING_WINDOW", "24h",
                "DVC_ZALO_MESSAGING_WINDOW", "48h", "DVC_HANDOFF_ZONE", "Asia/Bangkok"));

        new ChannelVariableNames().postProcessEnvironment(environment, null);

        assertThat(Binder.get(environment).bind("dvc.zalo.messaging-window", String.class).get()).isEqualTo("48h");
        assertThat(environment.getPropertySources().contains(ChannelVariableNames.SOURCE)).isTrue();
    }

    @Test
    void otherVariablesAddNothing() {
        StandardEnvironment environment = withVariables(Map.of("DVC_HANDOFF_ZONE", "Asia/Bangkok", "ZALO_", "x"));

        new ChannelVariableNames().postProcessEnvironment(environment, null);

        assertThat(environment.getPropertySources().contains(ChannelVariableNames.SOURCE)).isFalse();
    }

    private static StandardEnvironment withVariables(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        variables));
        return environment;
    }
}
