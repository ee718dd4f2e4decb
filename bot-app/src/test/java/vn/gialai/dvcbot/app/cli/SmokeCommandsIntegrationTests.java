package vn.gialai.dvcbot.app.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** {@code zalo smoke} and {@code telegram smoke} against WireMock stand-ins replaying real Zalo and Telegram answers. */
class SmokeCommandsIntegrationTests {

    private static final String USER = "6142494823123456789";
    private static final String TOKEN = "7012345678:AAH-smoke-test-token";

    private final WireMockServer platform = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Map<String, String> env = new HashMap<>();

    SmokeCommandsIntegrationTests() {
        platform.start();
    }

    @AfterEach
    void stop() {
        platform.stop();
    }

    @Test
    void zaloSmokeWithATestUserPrintsEveryStepInPlainWords() {
        zaloSettings();
        answer(get(urlPathEqualTo("/v2.0/oa/getoa")), "zalo/getoa.json");
        answer(post(urlPathEqualTo("/v3.0/oa/quota/message")), "zalo/quota_message.json");
        answer(post(urlPathEqualTo("/v3.0/oa/message/cs")), "zalo/message_cs_ok.json");
        answer(get(urlPathEqualTo("/v3.0/oa/user/detail")), "zalo/user_detail.json");

        int code = run("zalo", "smoke", "--user", USER);

        assertThat(code).isZero();
        assertThat(lines()).containsExactly(
                "OK      Settings: ZALO_APP_ID, ZALO_APP_SECRET, ZALO_OA_SECRET_KEY, ZALO_REFRESH_TOKEN are set (app id 2553928453557884079)",
                "OK      Access token: from ZALO_ACCESS_TOKEN",
                "OK      Token works; OA profile: \"Tỉnh Đoàn Gia Lai\" (id 3662729599332560487, verified true, package Gói Nâng cao, followers 15230)",
                "INFO    Sending 2 test messages to user " + USER + "; they count toward that user's free replies",
                "OK      Quota: Zalo says 7 of 8 free replies remain for this user (last interaction 1764818400000)",
                "OK      Text message (78 characters): Zalo accepted it (message id 2d2b1d8a8f1f4c4fa7e3)",
                "OK      2,000-character Vietnamese reply (2000 characters): Zalo accepted it (message id 2d2b1d8a8f1f4c4fa7e3)",
                "OK      Profile read: the user's display name is \"Nguyễn Thị Hoa\"",
                "Smoke test passed.");
        List<String> texts = platform.findAll(postRequestedFor(urlPathEqualTo("/v3.0/oa/message/cs"))
                .withHeader("access_token", equalTo("live-access-token"))).stream()
                .map(r -> JsonMapper.builder().build().readTree(r.getBodyAsString()).path("message").path("text").asString())
                .toList();
        assertThat(texts).hasSize(2);
        assertThat(texts.get(1)).hasSize(2000).startsWith("Đây là tin thử độ dài tối đa của Zalo").endsWith(".");
    }

    @Test
    void zaloSmokeSaysWhatARefusalMeansAndFails() {
        zaloSettings();
        answer(get(urlPathEqualTo("/v2.0/oa/getoa")), "zalo/getoa.json");
        answer(post(urlPathEqualTo("/v3.0/oa/quota/message")), "zalo/token_invalid.json");
        answer(post(urlPathEqualTo("/v3.0/oa/message/cs")), "zalo/message_cs_230.json");
        answer(get(urlPathEqualTo("/v3.0/oa/user/detail")), "zalo/user_detail.json");

        int code = run("zalo", "smoke", "--user", USER);

        assertThat(code).isEqualTo(1);
        assertThat(out()).contains("INFO    Quota: Zalo's quota API did not answer (Zalo error -216")
                .contains("FAILED  Text message: Zalo refused it: Zalo error -230 (User has not interacted with the OA "
                        + "in the past 7 days, HTTP 200). The user cannot be reached now: Người dân không tương tác")
                .endsWith("Smoke test FAILED: see the lines above.\n");
    }

    @Test
    void zaloSmokeWithARefusedTokenStopsAfterTheProfileAndWithoutATokenBeforeIt() {
        zaloSettings();
        env.put("ZALO_OA_SECRET_KEY", env.get("ZALO_APP_SECRET"));
        answer(get(urlPathEqualTo("/v2.0/oa/getoa")), "zalo/token_invalid.json");

        assertThat(run("zalo", "smoke")).isEqualTo(1);
        assertThat(out()).contains("FAILED  Settings: ZALO_APP_SECRET and ZALO_OA_SECRET_KEY are the same")
                .contains("FAILED  OA profile: Zalo refused the access token or the call: Zalo error -216 (Access token is invalid");
        assertThat(platform.findAll(postRequestedFor(urlPathEqualTo("/v3.0/oa/message/cs")))).isEmpty();

        out.reset();
        env.remove("ZALO_ACCESS_TOKEN");
        assertThat(run("zalo", "smoke")).isEqualTo(1);
        assertThat(out()).contains("FAILED  Access token: set ZALO_ACCESS_TOKEN, or REDIS_URL to the running bot's Redis");
        assertThat(run("zalo", "smoke", "--user")).isEqualTo(2);
    }

    @Test
    void telegramSmokeChecksTheTokenAndTheWebhookAgainstTheMode() {
        env.put("TELEGRAM_BOT_TOKEN", TOKEN);
        env.put("TELEGRAM_API_BASE_URL", platform.baseUrl());
        answer(post(urlMatching("(?i)/bot.*/getMe")), "telegram/getMe.json");
        answer(post(urlMatching("(?i)/bot.*/getWebhookInfo")), "telegram/getWebhookInfo_none.json");

        assertThat(run("telegram", "smoke")).isZero();
        assertThat(lines()).containsExactly(
                "OK      getMe: the token works; the bot is @GiaLaiDvcBot (id 7012345678, \"Hỏi đáp thủ tục Gia Lai\")",
                "OK      getWebhookInfo: no webhook set, as long polling needs (0 updates waiting)",
                "Smoke test passed.");

        out.reset();
        env.put("TELEGRAM_MODE", "webhook");
        answer(post(urlMatching("(?i)/bot.*/getWebhookInfo")), "telegram/getWebhookInfo_failing.json");
        assertThat(run("telegram", "smoke")).isZero();
        assertThat(out()).contains("WARNING getWebhookInfo: Telegram's last error delivering to the webhook, at "
                + "2025-12-04T03:00:00Z: Wrong response from the webhook: 401 Unauthorized")
                .contains("OK      getWebhookInfo: updates go to https://hoidap.gialai.gov.vn/webhooks/telegram (12 updates waiting)");
    }

    @Test
    void telegramSmokeWithARevokedTokenFails() {
        env.put("TELEGRAM_BOT_TOKEN", TOKEN);
        env.put("TELEGRAM_API_BASE_URL", platform.baseUrl());
        platform.stubFor(post(urlMatching("(?i)/bot.*/getMe")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody(fixture("telegram/getMe_unauthorized.json"))));

        assertThat(run("telegram", "smoke")).isEqualTo(1);
        assertThat(out()).startsWith("FAILED  getMe: Telegram refused the token: Unauthorized");
    }

    private void zaloSettings() {
        env.put("ZALO_APP_ID", " 2553928453557884079 ");
        env.put("ZALO_APP_SECRET", "app-secret");
        env.put("ZALO_OA_SECRET_KEY", "oa-secret-key");
        env.put("ZALO_REFRESH_TOKEN", "refresh-token");
        env.put("ZALO_ACCESS_TOKEN", "live-access-token");
        env.put("ZALO_API_BASE_URL", platform.baseUrl());
    }

    private void answer(com.github.tomakehurst.wiremock.client.MappingBuilder request, String fixture) {
        platform.stubFor(request.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(fixture(fixture))));
    }

    private int run(String... args) {
        Commands commands = new Commands(List.of(new ZaloSmokeCommand(env::get), new TelegramSmokeCommand(env::get)));
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        return commands.run(args, o, e).orElseThrow();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<String> lines() {
        return out().lines().toList();
    }

    private static String fixture(String name) {
        try (InputStream in = SmokeCommandsIntegrationTests.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
