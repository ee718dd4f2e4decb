package vn.gialai.dvcbot.app.zaloadmin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.app.staff.StaffAccounts;
import vn.gialai.dvcbot.testing.DvcBotIntegrationTest;
import vn.gialai.dvcbot.testing.Http;
import vn.gialai.dvcbot.testing.StaffFixtures;

/**
 * The Zalo channel in the whole app, with a stubbed oauth.zaloapp.com and openapi.zalo.me: the admin page and API
 * for the tokens, the "zalo" health component and the admin banner, domain verification, and the volunteer's
 * choice when a reply would not be free.
 */
@DvcBotIntegrationTest
class ZaloAdminIntegrationTests {

    private static final WireMockServer OAUTH = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final String REFRESH = "/v4/oa/access_token";

    private static final String ADMIN = "zalo-admin";
    private static final String VOLUNTEER = "zalo-volunteer";
    private static final String APP_ID = "2553928453557884079";
    private static final String META_CODE = "SeEEB8ES51jdZCu-hOfK5MQ3rGwAyW9ICpW";
    private static final String FILE_NAME = "zalo_verifierGkRa5O6GTXL3ukCJdz5WJa_upMgZZXipCp0u.html";
    private static final String FILE_CONTENT = "<html><head><meta name=\"zalo-platform-site-verification\" "
            + "content=\"GkRa5O6GTXL3ukCJdz5WJa_upMgZZXipCp0u\" /></head><body>There Is No Limit To What You Can "
            + "Accomplish Using Zalo!</body></html>";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    org.springframework.data.redis.core.StringRedisTemplate redis;
    @Autowired
    vn.gialai.dvcbot.core.redis.RedisKeys keys;
    private Http http;

    @DynamicPropertySource
    static void zalo(DynamicPropertyRegistry registry) throws java.io.IOException {
        OAUTH.start();
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("zalo-verify").resolve(FILE_NAME);
        java.nio.file.Files.writeString(file, FILE_CONTENT);
        file.toFile().deleteOnExit();
        registry.add("dvc.zalo.domain-verification", () -> META_CODE);
        registry.add("dvc.zalo.domain-verification-file", file::toString);
        issue("first-refresh-token-0000000000", "access-1", "refresh-2-000000000000000");
        Map.of("dvc.zalo.app-id", "2553928453557884079", "dvc.zalo.app-secret", "app-secret", "dvc.zalo.oa-secret-key", "oa-key",
                "dvc.zalo.refresh-token", "first-refresh-token-0000000000", "dvc.zalo.api-base-url", OAUTH.baseUrl(),
                "dvc.zalo.oauth-base-url", OAUTH.baseUrl()).forEach((name, value) -> registry.add(name, () -> value));
    }

    @AfterAll
    static void stop() {
        OAUTH.stop();
    }

    @BeforeEach
    void client() {
        http = new Http(port);
        StaffFixtures.ensure(accounts, encoder, ADMIN, Role.ADMIN, null);
        StaffFixtures.ensure(accounts, encoder, VOLUNTEER, Role.VOLUNTEER, null);
    }

    @Test
    void theDomainIsProvedToZaloByTheHomePagesMetaTagOrByTheDownloadedFile() {
        Http.Response home = http.get("/");
        Http.Response verifier = http.get("/zalo_verifier" + META_CODE + ".html");
        Http.Response file = http.get("/" + FILE_NAME);

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("<head>\n  <meta name=\"zalo-platform-site-verification\" content=\""
                + META_CODE + "\">").contains("Hỏi đáp thủ tục hành chính");
        assertThat(verifier.status()).isEqualTo(200);
        assertThat(verifier.body()).contains("content=\"" + META_CODE + "\"");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(FILE_CONTENT);
        assertThat(http.get("/zalo_verifierSomethingElse123.html").status()).isEqualTo(404);
    }

    @Test
    void refusedWebhooksTurnTheChannelDegradedWithHttp200AndABannerForAdminsOnly() {
        await().atMost(Duration.ofSeconds(15)).until(() -> status().path("working").asBoolean());
        String body = event();
        for (int i = 0; i < 3; i++) {
            assertThat(http.post("/webhooks/zalo", body, Map.of("Content-Type", "application/json",
                    "X-ZEvent-Signature", "mac=" + "0".repeat(64))).status()).isEqualTo(401);
        }

        Http.Response health = http.get("/actuator/health", StaffFixtures.basic(ADMIN));
        assertThat(health.status()).as("DEGRADED is not a reason to restart or unroute the app").isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("DEGRADED");
        JsonNode zalo = health.json().path("components").path("zalo");
        assertThat(zalo.path("status").asString()).isEqualTo("DEGRADED");
        assertThat(zalo.path("details").path("refusedByReason").path("signature").asInt()).isGreaterThanOrEqualTo(3);
        Http.Response probe = http.get("/actuator/health/core");
        assertThat(probe.status()).as("the probes' group ignores channels").isEqualTo(200);
        assertThat(probe.json().path("status").asString()).isEqualTo("UP");
        assertThat(admin().get("/console").body()).contains("Kênh nhắn tin có sự cố.")
                .contains("Kênh Zalo OA: ").contains("yêu cầu webhook gần nhất đều bị từ chối")
                .contains("Chi tiết ở trang /admin/zalo.");
        assertThat(admin().get("/admin/zalo").body()).contains("Kênh Zalo có thể đang “điếc”").contains("sai chữ ký: ");
        assertThat(StaffFixtures.signedIn(port, VOLUNTEER).get("/console").body()).doesNotContain("Kênh nhắn tin có sự cố.");

        assertThat(http.post("/webhooks/zalo", body, Map.of("Content-Type", "application/json",
                "X-ZEvent-Signature", signature(body))).status()).isEqualTo(200);
        assertThat(http.get("/actuator/health").json().path("components").path("zalo").path("status").asString())
                .isEqualTo("UP");
        assertThat(admin().get("/console").body()).doesNotContain("Kênh nhắn tin có sự cố.");
    }

    @Test
    void aVolunteerIsToldBeforeAReplyWouldNotBeFreeAndAHeldReplyGoesOutWhenTheCitizenWritesAgain() {
        OAUTH.stubFor(post(urlPathEqualTo("/v3.0/oa/message/cs")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"data\":{\"message_id\":\"m1\"},\"error\":0,\"message\":\"Success\"}")));
        String user = Long.toString(7_000_000_000_000_000_000L + System.nanoTime() % 1_000_000_000L);
        signedPost(citizenText(user, "Tôi muốn gặp tình nguyện viên"));
        String id = waitingZaloTicket();
        assertThat(http.post("/api/handoff/tickets/" + id + "/claim", "", StaffFixtures.basic(ADMIN)).status()).isEqualTo(200);
        redis.opsForValue().set(keys.conversation(new ConversationKey("zalo", user), "zalo-sent-since-citizen"), "8");
        Http.Response page = admin().get("/console/tickets/" + id);
        Http console = admin();
        String csrf = Http.csrfToken(console.get("/console/tickets/" + id).body());

        assertThat(page.body()).contains("Tin trả lời này sẽ không được miễn phí trên Zalo")
                .contains("Đã dùng hết 8 tin trả lời miễn phí kể từ tin nhắn cuối của người dân");
        Http.Response unchosen = console.post("/console/tickets/" + id + "/reply",
                form(Map.of("_csrf", csrf, "text", "Bác chờ cháu tra cứu nhé.")),
                Map.of("Content-Type", "application/x-www-form-urlencoded", "HX-Request", "true"));
        assertThat(unchosen.status()).isEqualTo(422);
        assertThat(unchosen.body()).startsWith("Tin này chưa được gửi vì sẽ không được miễn phí.");

        Http.Response held = console.post("/console/tickets/" + id + "/reply",
                form(Map.of("_csrf", csrf, "text", "Bác chờ cháu tra cứu nhé.", "whenNotFree", "hold")),
                Map.of("Content-Type", "application/x-www-form-urlencoded", "HX-Request", "true"));
        assertThat(held.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> console.get("/console/tickets/" + id).body()
                .contains("Có 1 tin trả lời đang được giữ lại"));
        assertThat(sentTexts(user)).doesNotContain("Bác chờ cháu tra cứu nhé.");

        signedPost(citizenText(user, "Dạ cháu ơi"));
        await().atMost(Duration.ofSeconds(15)).until(() -> sentTexts(user).contains("Bác chờ cháu tra cứu nhé."));
    }

    @Test
    void thePageShowsTheOasProfileAndZalosOwnCountOfAUsersFreeReplies() {
        OAUTH.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/v2.0/oa/getoa"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(fixture("zalo/getoa.json"))));
        OAUTH.stubFor(post(urlPathEqualTo("/v3.0/oa/quota/message"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.user_id",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("6142494823123456789")))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(fixture("zalo/quota_message.json"))));
        await().atMost(Duration.ofSeconds(15)).until(() -> status().path("working").asBoolean());
        Http page = admin();
        String csrf = Http.csrfToken(page.get("/admin/zalo").body());

        Http.Response asked = page.postForm("/admin/zalo/quota", Map.of("_csrf", csrf, "userId", " 6142494823123456789 "));

        assertThat(asked.status()).isEqualTo(302);
        assertThat(page.get("/admin/zalo").body()).contains("Tỉnh Đoàn Gia Lai").contains("Gói Nâng cao")
                .contains("Theo Zalo, người dùng 6142494823123456789 còn 7/8 tin tư vấn miễn phí.");
    }

    private static String fixture(String name) {
        try (java.io.InputStream in = ZaloAdminIntegrationTests.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void signedPost(String body) {
        assertThat(http.post("/webhooks/zalo", body, Map.of("Content-Type", "application/json",
                "X-ZEvent-Signature", signature(body))).status()).isEqualTo(200);
    }

    private static String citizenText(String user, String text) {
        return "{\"event_name\":\"user_send_text\",\"app_id\":\"" + APP_ID + "\",\"sender\":{\"id\":\"" + user
                + "\"},\"recipient\":{\"id\":\"3662729599332560487\"},\"message\":{\"text\":\"" + text
                + "\",\"msg_id\":\"" + java.util.UUID.randomUUID().toString().replace("-", "") + "\"},\"timestamp\":\""
                + System.currentTimeMillis() + "\",\"user_id_by_app\":\"979122185046046317\"}";
    }

    /** The only Zalo ticket of this class's app. */
    private String waitingZaloTicket() {
        java.util.concurrent.atomic.AtomicReference<String> id = new java.util.concurrent.atomic.AtomicReference<>();
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            for (JsonNode ticket : http.get("/api/handoff/tickets?status=waiting", StaffFixtures.basic(ADMIN)).json()) {
                if (ticket.path("channel").asString().equals("zalo")) {
                    id.set(ticket.path("id").asString());
                }
            }
            return id.get() != null;
        });
        return id.get();
    }

    private static java.util.List<String> sentTexts(String user) {
        return OAUTH.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlPathEqualTo("/v3.0/oa/message/cs"))).stream()
                .map(r -> tools.jackson.databind.json.JsonMapper.builder().build().readTree(r.getBodyAsString()))
                .filter(b -> b.path("recipient").path("user_id").asString().equals(user))
                .map(b -> b.path("message").path("text").asString()).toList();
    }

    private static String form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                .append(java.net.URLEncoder.encode(k, java.nio.charset.StandardCharsets.UTF_8)).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        return body.toString();
    }

    /** A seen receipt: signed and fresh, so the channel is not deaf, and nothing to answer. */
    private static String event() {
        return "{\"event_name\":\"user_seen_message\",\"app_id\":\"" + APP_ID + "\",\"sender\":{\"id\":\"3662729599332560487\"},"
                + "\"recipient\":{\"id\":\"6142494823123456789\"},\"message\":{\"msg_ids\":[\"cb31dff1c39642cc1b83\"]},"
                + "\"timestamp\":\"" + System.currentTimeMillis() + "\"}";
    }

    private static String signature(String body) {
        String timestamp = tools.jackson.databind.json.JsonMapper.builder().build().readTree(body).path("timestamp").asString();
        try {
            byte[] mac = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((APP_ID + body + timestamp + "oa-key").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "mac=" + java.util.HexFormat.of().formatHex(mac);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void thePageShowsInVietnameseThatTheChannelWorks() {
        await().atMost(Duration.ofSeconds(15)).until(() -> status().path("working").asBoolean());

        Http.Response page = admin().get("/admin/zalo");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"vi\"").contains("Kênh Zalo đang hoạt động")
                .contains("Nhập refresh token mới").doesNotContain("access-1").doesNotContain("refresh-2");
    }

    @Test
    void aRefusedTokenTurnsTheHealthDownWithWhatToDoAndANewOneFromTheAdminBringsItBack() {
        OAUTH.stubFor(post(urlPathEqualTo(REFRESH)).withRequestBody(containing("refresh_token=spent-token-00000000000"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":-14014,\"error_name\":\"Invalid refresh token\"}")));

        JsonNode refused = http.post("/api/admin/zalo/refresh-token",
                Http.json(Map.of("refreshToken", "spent-token-00000000000")), StaffFixtures.basic(ADMIN)).json();

        assertThat(refused.path("working").asBoolean()).isFalse();
        assertThat(refused.path("adminActionNeeded").asBoolean()).isTrue();
        JsonNode health = http.get("/actuator/health", StaffFixtures.basic(ADMIN)).json().path("components").path("zalo");
        assertThat(health.path("status").asString()).isEqualTo("DOWN");
        assertThat(http.get("/actuator/health").status()).as("DOWN still answers 503").isEqualTo(503);
        assertThat(health.path("details").path("problem").asString()).contains("Invalid refresh token");
        assertThat(health.path("details").path("action").asString()).contains("/admin/zalo");
        assertThat(http.get("/actuator/health").json().path("components").path("zalo").has("details"))
                .as("only administrators see why").isFalse();
        assertThat(admin().get("/admin/zalo").body()).contains("Zalo đã từ chối refresh token hiện tại");

        issue("new-token-from-admin-0000", "access-9", "refresh-10-00000000000000");
        JsonNode fixed = http.post("/api/admin/zalo/refresh-token",
                Http.json(Map.of("refreshToken", " new-token-from-admin-0000\n")), StaffFixtures.basic(ADMIN)).json();

        assertThat(fixed.path("working").asBoolean()).isTrue();
        assertThat(http.get("/actuator/health").json().path("components").path("zalo").path("status").asString())
                .isEqualTo("UP");
    }

    private JsonNode status() {
        return http.get("/api/admin/zalo/status", StaffFixtures.basic(ADMIN)).json();
    }

    private static void issue(String refreshToken, String access, String next) {
        OAUTH.stubFor(post(urlPathEqualTo(REFRESH)).withRequestBody(containing("refresh_token=" + refreshToken))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"" + access + "\",\"refresh_token\":\"" + next
                                + "\",\"expires_in\":\"90000\"}")));
    }

    /** The page is for admins (the app's security); a signed-in admin session. */
    private Http admin() {
        return StaffFixtures.signedIn(port, ADMIN);
    }
}
