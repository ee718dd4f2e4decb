package vn.gialai.dvcbot.app.communes;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.app.staff.StaffAccounts;
import vn.gialai.dvcbot.channels.testing.TelegramBotApiStandIn;
import vn.gialai.dvcbot.testing.DvcBotIntegrationTest;
import vn.gialai.dvcbot.testing.Http;
import vn.gialai.dvcbot.testing.StaffFixtures;

/**
 * "Xã tôi giờ là xã nào?" on every channel of the whole app (Zalo and Telegram servers stubbed), the handoff's
 * commune question answered with an old name. The public commune API on its own: CommunesApiControllerTests.
 */
@DvcBotIntegrationTest
class CommuneQuestionsIntegrationTests {

    private static final WireMockServer PLATFORMS = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final String TOKEN = "7012345678:AAFcommuneTestTokenForWireMockOnly";
    private static final String ZALO_APP = "2553928453557884079";
    private static final String ZALO_OA_KEY = "oa-secret-key-for-commune-tests";
    private static final String SESSIONS = "/api/webchat/sessions";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TelegramBotApiStandIn BOT_API = new TelegramBotApiStandIn(PLATFORMS, TOKEN);

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    private Http http;

    @DynamicPropertySource
    static void platforms(DynamicPropertyRegistry registry) {
        PLATFORMS.start();
        BOT_API.acceptEverything("dvc_bot");
        PLATFORMS.stubFor(post(urlPathEqualTo("/v3.0/oa/message/cs")).willReturn(okJson(
                "{\"error\":0,\"message\":\"Success\",\"data\":{\"message_id\":\"m1\",\"user_id\":\"1\"}}")));
        Map.of("dvc.telegram.bot-token", TOKEN, "dvc.telegram.api-base-url", PLATFORMS.baseUrl(),
                "dvc.telegram.bot-username", "dvc_bot", "dvc.zalo.app-id", ZALO_APP, "dvc.zalo.app-secret", "app-secret",
                "dvc.zalo.oa-secret-key", ZALO_OA_KEY, "dvc.zalo.refresh-token", "first-refresh-token",
                "dvc.zalo.access-token", "access-from-settings", "dvc.zalo.api-base-url", PLATFORMS.baseUrl(),
                "dvc.zalo.oauth-base-url", PLATFORMS.baseUrl()).forEach((name, value) -> registry.add(name, () -> value));
    }

    @AfterAll
    static void stop() {
        PLATFORMS.stop();
    }

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theWebChatSaysWhichNewCommuneAnOldOneBelongsTo() {
        JsonNode reply = say(newSession(), "xã Phước Lộc cũ giờ là xã nào").get(0);

        assertThat(reply.get("kind").asString()).isEqualTo("answer");
        assertThat(reply.get("text").asString()).contains("thuộc xã Tuy Phước, tỉnh Gia Lai")
                .contains("“thôn 3, xã Tuy Phước, tỉnh Gia Lai”");
        assertThat(reply.get("choices").findValuesAsString("id")).contains("place:desk:21952", "place:team:21952", "menu");
    }

    @Test
    void theWebChatAsksWhichDistrictAndAnswersThePickedOne() {
        String session = newSession();
        JsonNode ask = say(session, "xa an trung gio la xa nao").get(0);
        assertThat(ask.get("kind").asString()).isEqualTo("clarify");
        String konChro = null;
        for (JsonNode choice : ask.get("choices")) {
            if (choice.get("label").asString().contains("Kông Chro")) {
                konChro = choice.get("id").asString();
            }
        }
        assertThat(konChro).isNotNull();

        JsonNode answer = http.post(SESSIONS + "/" + session + "/messages", Http.json(Map.of("choice", konChro)))
                .json().get("replies").get(0);

        assertThat(answer.get("text").asString()).startsWith("Xã An Trung (huyện Kông Chro, tỉnh Gia Lai cũ)");
    }

    @Test
    void theHandoffTakesAnOldNameForTheCommune() {
        StaffFixtures.ensure(accounts, encoder, "lan", Role.VOLUNTEER, null);
        String session = newSession();
        say(session, "gặp tình nguyện viên");

        List<JsonNode> replies = say(session, "thị trấn Diêu Trì");

        assertThat(replies.get(0).get("text").asString()).contains("Xã Tuy Phước");
        JsonNode waiting = http.get("/api/handoff/tickets?status=waiting",
                Http.basic("lan", StaffFixtures.password("lan"))).json();
        assertThat(waiting.findValuesAsString("commune")).contains("Xã Tuy Phước");
    }

    @Test
    void anOldNameInTheRequestForAPersonFilesTheTicketWithoutAsking() {
        StaffFixtures.ensure(accounts, encoder, "lan", Role.VOLUNTEER, null);
        String session = newSession();

        List<JsonNode> replies = say(session, "gặp tình nguyện viên, tôi ở thị trấn Phú Phong");

        assertThat(replies).noneMatch(r -> r.get("text").asString().contains("Bà con đang ở xã hoặc phường nào"));
        JsonNode waiting = http.get("/api/handoff/tickets?status=waiting",
                Http.basic("lan", StaffFixtures.password("lan"))).json();
        assertThat(waiting.findValuesAsString("commune")).contains("Xã Tây Sơn");
    }

    @Test
    void zaloCitizensGetTheSameAnswer() {
        String user = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L, 9_000_000_000_000_000L));
        String body = fixture("/zalo/user_send_text.json").replace("6142494823123456789", user)
                .replace("làm giấy khai sinh cho con ở đâu", "Phuoc Loc cu gio la xa nao")
                .replaceFirst("\"msg_id\":\"[^\"]+\"", "\"msg_id\":\"" + UUID.randomUUID().toString().replace("-", "") + "\"")
                .replaceFirst("\"timestamp\":\"\\d+\"", "\"timestamp\":\"" + System.currentTimeMillis() + "\"");

        Http.Response accepted = http.post("/webhooks/zalo", body,
                Map.of("Content-Type", "application/json", "X-ZEvent-Signature", zaloSignature(body)));

        assertThat(accepted.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> sent("/v3.0/oa/message/cs").stream()
                .anyMatch(m -> m.path("recipient").path("user_id").asString().equals(user)
                        && m.path("message").path("text").asString().contains("thuộc xã Tuy Phước")));
    }

    @Test
    void telegramCitizensGetTheSameAnswer() {
        String update = fixture("/telegram/address_question.json");
        BOT_API.pollOnce(update);

        await().atMost(Duration.ofSeconds(15)).until(() -> BOT_API.calls("sendMessage", "5123456790").stream()
                .anyMatch(m -> m.path("text").asString().startsWith("Thị trấn Diêu Trì (huyện Tuy Phước")));
    }

    private String newSession() {
        return http.post(SESSIONS, "").json().get("sessionId").asString();
    }

    private List<JsonNode> say(String session, String text) {
        JsonNode replies = http.post(SESSIONS + "/" + session + "/messages", Http.json(Map.of("text", text)))
                .json().get("replies");
        List<JsonNode> list = new java.util.ArrayList<>();
        replies.forEach(list::add);
        return list;
    }

    private static List<JsonNode> sent(String path) {
        return PLATFORMS.findAll(postRequestedFor(urlMatching("(?i)" + Pattern.quote(path)))).stream()
                .map(request -> JSON.readTree(request.getBodyAsString())).toList();
    }

    /** What Zalo puts in X-ZEvent-Signature: SHA-256 of app id, body, timestamp and OA secret key. */
    private static String zaloSignature(String body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(ZALO_APP.getBytes(StandardCharsets.UTF_8));
            sha256.update(body.getBytes(StandardCharsets.UTF_8));
            sha256.update(JSON.readTree(body).path("timestamp").asString().getBytes(StandardCharsets.UTF_8));
            sha256.update(ZALO_OA_KEY.getBytes(StandardCharsets.UTF_8));
            return "mac=" + HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fixture(String path) {
        try (InputStream in = CommuneQuestionsIntegrationTests.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
