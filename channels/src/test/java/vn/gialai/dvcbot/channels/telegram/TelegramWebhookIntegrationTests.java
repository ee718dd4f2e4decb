package vn.gialai.dvcbot.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.gialai.dvcbot.core.testing.RawHttp;
import vn.gialai.dvcbot.core.testing.TestRedis;

/** Webhook mode (contracts §8): the secret header, bad bodies, repeats, and the reply through the outbox. */
@SpringBootTest(classes = TelegramTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TelegramWebhookIntegrationTests {

    private static final WireMockServer TELEGRAM = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final String PREFIX = TestRedis.uniquePrefix();
    private static final String SECRET = "s3cret-Gia_Lai-2026";

    @LocalServerPort
    int port;
    @Autowired
    TelegramHealthIndicator health;
    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        TELEGRAM.start();
        TELEGRAM.stubFor(TelegramFixtures.method("setWebhook").willReturn(com.github.tomakehurst.wiremock.client.WireMock
                .okJson("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: bad webhook: Failed to "
                        + "resolve host: Name or service not known\"}")));
        TelegramSpringProperties.of(TELEGRAM, PREFIX, "webhook").forEach((k, v) -> registry.add(k, () -> v));
    }

    @AfterAll
    static void stop() {
        TELEGRAM.stop();
        TestRedis.deleteKeys(PREFIX);
    }

    @BeforeEach
    void reset() {
        TELEGRAM.resetAll();
        TelegramFixtures.acceptEverything(TELEGRAM);
    }

    @Test
    void anUpdateWithTheRightSecretIsAnsweredThroughTheBotApi() throws Exception {
        TelegramFixtures.Fresh update = TelegramFixtures.fresh("private_text");

        HttpResponse<String> response = post(update.json(), SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("accepted");
        JsonNode sent = await().atMost(Duration.ofSeconds(15)).until(() -> TelegramFixtures.sentTo(TELEGRAM,
                update.chatId()), list -> !list.isEmpty()).get(0);
        assertThat(sent.path("text").asString()).startsWith("Đăng ký khai sinh");
    }

    /** The body was read into memory before the secret was checked: anyone could make the server hold 1 MB. */
    @Test
    void aWrongSecretIsRefusedBeforeTheBodyIsRead() throws Exception {
        RawHttp.Answer answer = RawHttp.post(port, "/webhooks/telegram", Map.of("Content-Type", "application/json",
                "X-Telegram-Bot-Api-Secret-Token", "wrong-secret"), 900_000, 0);

        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void aBodyAboveTheLimitIs413EvenWithTheRightSecret() throws Exception {
        RawHttp.Answer answer = RawHttp.post(port, "/webhooks/telegram", Map.of("Content-Type", "application/json",
                "X-Telegram-Bot-Api-Secret-Token", SECRET), 3_000_000, 3_000_000);

        assertThat(answer.status()).isEqualTo(413);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aFloodOfRefusedRequestsLogsAFewShortLines(CapturedOutput output) throws Exception {
        TelegramFixtures.Fresh update = TelegramFixtures.fresh("private_text");

        for (int i = 0; i < 40; i++) {
            assertThat(post(update.json(), "wrong-" + i).statusCode()).isEqualTo(401);
        }

        assertThat(output.getOut().lines().filter(l -> l.contains("Refused a Telegram webhook request"))).hasSizeLessThanOrEqualTo(10);
        assertThat(output.getOut()).doesNotContain("\tat ");
    }

    @Test
    void aWrongOrMissingSecretIs401AndNothingIsSent() throws Exception {
        TelegramFixtures.Fresh update = TelegramFixtures.fresh("private_text");

        assertThat(post(update.json(), "wrong-secret").statusCode()).isEqualTo(401);
        assertThat(post(update.json(), null).statusCode()).isEqualTo(401);
        assertThat(post(update.json(), SECRET + "x").statusCode()).isEqualTo(401);

        post(TelegramFixtures.markerAfter(update).json(), SECRET);
        assertThat(TelegramFixtures.sentBeforeMarker(TELEGRAM, update.chatId())).isEmpty();
    }

    @Test
    void aMalformedBodyIs400AndTheChannelKeepsWorking() throws Exception {
        assertThat(post("{\"update_id\": \"not a number\", \"message\": [", SECRET).statusCode()).isEqualTo(400);
        assertThat(post("not json at all", SECRET).statusCode()).isEqualTo(400);
        assertThat(post("{\"message\": {\"text\": \"no update id\"}}", SECRET).statusCode()).isEqualTo(400);
        assertThat(post("", SECRET).statusCode()).isEqualTo(400);

        TelegramFixtures.Fresh update = TelegramFixtures.fresh("private_text");
        assertThat(post(update.json(), SECRET).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> !TelegramFixtures.sentTo(TELEGRAM, update.chatId()).isEmpty());
    }

    @Test
    void theSameUpdateSentTwiceIsAnsweredOnce() throws Exception {
        TelegramFixtures.Fresh update = TelegramFixtures.fresh("private_text");

        assertThat(post(update.json(), SECRET).body()).contains("accepted");
        assertThat(post(update.json(), SECRET).body()).contains("duplicate");

        await().atMost(Duration.ofSeconds(15)).until(() -> TelegramFixtures.sentTo(TELEGRAM, update.chatId()).size() == 1);
        post(TelegramFixtures.markerAfter(update).json(), SECRET);
        assertThat(TelegramFixtures.sentBeforeMarker(TELEGRAM, update.chatId())).hasSize(1);
    }

    @Test
    void aLocationGetsAPoliteAnswer() throws Exception {
        TelegramFixtures.Fresh update = TelegramFixtures.fresh("location");

        assertThat(post(update.json(), SECRET).statusCode()).isEqualTo(200);

        JsonNode sent = await().atMost(Duration.ofSeconds(15)).until(() -> TelegramFixtures.sentTo(TELEGRAM,
                update.chatId()), list -> !list.isEmpty()).get(0);
        assertThat(sent.path("text").asString()).contains("vị trí");
    }

    @Test
    void aLoneGuessIsConfirmedWithButtonsAndAFollowUpOpensTheSectionOfTheEntry() throws Exception {
        TelegramFixtures.Fresh asked = TelegramFixtures.saying("nhà em vừa sinh em bé thì làm giấy gì");

        post(asked.json(), SECRET);
        JsonNode confirm = sent(asked, 1).get(0);
        assertThat(confirm.path("text").asString()).isEqualTo("Có phải bà con hỏi về “Đăng ký khai sinh” không ạ?");
        JsonNode buttons = confirm.path("reply_markup").path("inline_keyboard");
        assertThat(buttons.toString()).contains("\"Có\"", "entry:birth-registration", "Không, chủ đề khác",
                "not:birth-registration");

        post(TelegramFixtures.next(asked, "callback_query", "data", "entry:birth-registration").json(), SECRET);
        assertThat(sent(asked, 2).get(1).path("text").asString()).startsWith("Đăng ký khai sinh\n\nTóm tắt");

        post(TelegramFixtures.next(asked, "private_text", "text", "nộp ở mô rứa").json(), SECRET);
        assertThat(sent(asked, 3).get(2).path("text").asString()).startsWith("Đăng ký khai sinh – Nộp ở đâu");
    }

    @Test
    void afterAListOfChoicesATappedEntryThenAFollowUpThenASectionButtonStayWithThePickedEntry() throws Exception {
        TelegramFixtures.Fresh asked = TelegramFixtures.saying("khai sinh hay khai tử");

        post(asked.json(), SECRET);
        assertThat(sent(asked, 1).get(0).path("reply_markup").toString())
                .contains("entry:birth-registration", "entry:death-registration");
        post(TelegramFixtures.next(asked, "callback_query", "data", "entry:death-registration").json(), SECRET);
        assertThat(sent(asked, 2).get(1).path("text").asString()).startsWith("Đăng ký khai tử\n\nTóm tắt");
        post(TelegramFixtures.next(asked, "private_text", "text", "nộp ở mô rứa").json(), SECRET);
        JsonNode where = sent(asked, 3).get(2);
        assertThat(where.path("text").asString()).startsWith("Đăng ký khai tử – Nộp ở đâu");
        assertThat(where.path("reply_markup").toString()).contains("section:death-registration:fees");
        post(TelegramFixtures.next(asked, "callback_query", "data", "section:death-registration:fees").json(), SECRET);

        assertThat(sent(asked, 4).get(3).path("text").asString()).startsWith("Đăng ký khai tử – Lệ phí và thời gian");
    }

    @Test
    void aTypedNoToAConfirmationOffersTopicsAndAVolunteer() throws Exception {
        TelegramFixtures.Fresh asked = TelegramFixtures.saying("vừa sinh em bé");
        post(asked.json(), SECRET);
        sent(asked, 1);

        post(TelegramFixtures.next(asked, "private_text", "text", "không phải").json(), SECRET);

        JsonNode declined = sent(asked, 2).get(1);
        assertThat(declined.path("text").asString()).startsWith("Xin lỗi bà con, tôi đoán chưa đúng.");
        assertThat(declined.path("reply_markup").toString()).contains("Gặp tình nguyện viên");
    }

    /** Waits until this many messages went to the chat, and returns them in order. */
    private static java.util.List<JsonNode> sent(TelegramFixtures.Fresh chat, int count) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> TelegramFixtures.sentTo(TELEGRAM, chat.chatId()),
                list -> list.size() >= count);
    }

    @Test
    void theHealthSaysWebhookModeAndNobodyPolls() {
        assertThat(health.health().getDetails()).containsEntry("mode", "webhook");
        assertThat(TelegramFixtures.calls(TELEGRAM, "getUpdates")).isEmpty();
    }

    @Test
    void aWebhookTelegramRefusedToSetTurnsTheHealthDegradedAndRefusalsAreCountedByReason() throws Exception {
        post(TelegramFixtures.fresh("private_text").json(), "wrong-secret");
        post("{not an update", SECRET);

        var status = health.health();

        assertThat(status.getStatus().getCode()).isEqualTo("DEGRADED");
        assertThat(String.valueOf(status.getDetails().get("degraded"))).contains(
                "setWebhook to https://dvc.gialai.example/webhooks/telegram failed", "Failed to resolve host");
        @SuppressWarnings("unchecked")
        var refused = (java.util.Map<String, Long>) status.getDetails().get("refusedByReason");
        assertThat(refused.get("signature")).isPositive();
        assertThat(refused.get("malformed")).isPositive();
    }

    private HttpResponse<String> post(String body, String secret) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/telegram"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
