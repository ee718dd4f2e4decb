package vn.gialai.dvcbot.channels.zalo;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.gialai.dvcbot.channels.zalo.ZaloFixtures.acceptSends;
import static vn.gialai.dvcbot.channels.zalo.ZaloFixtures.okJson;
import static vn.gialai.dvcbot.channels.zalo.ZaloFixtures.sent;
import static vn.gialai.dvcbot.channels.zalo.ZaloWebhookClient.event;
import static vn.gialai.dvcbot.channels.zalo.ZaloWebhookClient.newUser;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.gialai.dvcbot.channels.health.ChannelAlerts;
import vn.gialai.dvcbot.core.conversation.CitizenProfiles;
import vn.gialai.dvcbot.core.conversation.ConversationStore;
import vn.gialai.dvcbot.core.message.TranscriptMessage;
import vn.gialai.dvcbot.core.conversation.ConversationEngine;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.Sender;
import vn.gialai.dvcbot.core.outbox.ChannelReachability;
import vn.gialai.dvcbot.core.testing.TestRedis;

/**
 * The webhook end to end: a signed event from Zalo goes through the engine and the outbox and comes back as
 * consultation messages to a stubbed openapi.zalo.me, on a real Redis.
 */
@SpringBootTest(classes = ZaloTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ZaloWebhookIntegrationTests {

    private static final WireMockServer ZALO = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final String PREFIX = TestRedis.uniquePrefix();

    @LocalServerPort
    int port;
    @Autowired
    ConversationEngine engine;
    @Autowired
    List<ChannelReachability> reachability;
    @Autowired
    List<CitizenProfiles> profiles;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    ConversationStore store;
    @Autowired
    @Qualifier("zaloHealthIndicator")
    HealthIndicator zaloHealth;
    @Autowired
    ChannelAlerts alerts;
    private ZaloWebhookClient webhook;

    @DynamicPropertySource
    static void zalo(DynamicPropertyRegistry registry) {
        ZALO.start();
        ZaloSpringProperties.register(registry, ZALO, PREFIX);
    }

    @AfterAll
    static void stop() {
        ZALO.stop();
    }

    @BeforeEach
    void reset() {
        webhook = new ZaloWebhookClient(port);
        ZALO.resetAll();
        acceptSends(ZALO);
    }

    @Test
    void aSignedTextEventGetsExactlyOneConsultationMessageToTheRightUserWithTheRightText() {
        String user = newUser();

        HttpResponse<String> response = webhook.postSigned(event("user_send_text", user));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode message = onlyMessageTo(user);
        String text = message.path("message").path("text").asString();
        // "… ở đâu" asks for one part: that section comes at once, the other parts are numbered choices.
        assertThat(text).startsWith("Đăng ký khai sinh – Nộp ở đâu\n\nCơ quan giải quyết: UBND xã, phường");
        assertThat(text).contains("\n1. Các bước\n").contains("Bà con gõ số thứ tự (ví dụ: 1) để chọn.");
    }

    @Test
    void aDigitPicksAChoiceOfTheLastReply() {
        String user = newUser();
        webhook.postSigned(event("user_send_text", user));
        firstMessageTo(user);
        ZALO.resetRequests();

        webhook.postSigned(event("user_send_text", user).replace("làm giấy khai sinh cho con ở đâu", "1"));

        assertThat(onlyMessageTo(user).path("message").path("text").asString()).startsWith("Đăng ký khai sinh – Các bước");
    }

    @Test
    void aLoneGuessIsConfirmedAsNumberedLinesAndAFollowUpOpensTheSectionOfTheEntry() {
        String user = newUser();

        webhook.postSigned(saying(user, "nhà em vừa sinh em bé thì làm giấy gì"));
        webhook.postSigned(saying(user, "có"));
        webhook.postSigned(saying(user, "nộp ở mô rứa"));

        List<JsonNode> replies = webhook.sentBeforeMarker(ZALO, user);
        assertThat(replies).extracting(m -> m.path("message").path("text").asString()).satisfiesExactly(
                confirm -> assertThat(confirm).startsWith("Có phải bà con hỏi về “Đăng ký khai sinh” không ạ?")
                        .contains("\n1. Có\n2. Không, chủ đề khác"),
                yes -> assertThat(yes).startsWith("Đăng ký khai sinh\n\nTóm tắt"),
                where -> assertThat(where).startsWith("Đăng ký khai sinh – Nộp ở đâu"));
    }

    @Test
    void afterANumberedListADigitPicksAnEntryAndFollowUpsAndDigitsOpenItsSections() {
        String user = newUser();

        webhook.postSigned(saying(user, "khai sinh hay khai tử"));
        webhook.postSigned(saying(user, "2"));
        webhook.postSigned(saying(user, "ở mô rứa"));
        webhook.postSigned(saying(user, "3"));

        List<JsonNode> replies = webhook.sentBeforeMarker(ZALO, user);
        assertThat(replies).extracting(m -> m.path("message").path("text").asString()).satisfiesExactly(
                list -> assertThat(list).contains("1. Đăng ký khai sinh\n2. Đăng ký khai tử\n3. Gặp tình nguyện viên"),
                picked -> assertThat(picked).startsWith("Đăng ký khai tử\n\nTóm tắt"),
                where -> assertThat(where).startsWith("Đăng ký khai tử – Nộp ở đâu")
                        .contains("\n3. Lệ phí và thời gian\n"),
                fees -> assertThat(fees).startsWith("Đăng ký khai tử – Lệ phí và thời gian"));
    }

    @Test
    void aDigitTwoDeclinesAConfirmation() {
        String user = newUser();

        webhook.postSigned(saying(user, "vừa sinh em bé"));
        webhook.postSigned(saying(user, "2"));

        List<JsonNode> replies = webhook.sentBeforeMarker(ZALO, user);
        assertThat(replies).hasSize(2);
        assertThat(replies.get(1).path("message").path("text").asString())
                .startsWith("Xin lỗi bà con, tôi đoán chưa đúng.");
    }

    private static String saying(String user, String text) {
        return event("user_send_text", user).replace("làm giấy khai sinh cho con ở đâu", text);
    }

    /** Every refused request logged a WARN: 1,200 lines in one fuzz run. */
    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aFloodOfForgedRequestsLogsAFewShortLinesWithoutStackTraces(CapturedOutput output) {
        String body = event("user_send_text", newUser());

        for (int i = 0; i < 40; i++) {
            assertThat(webhook.post(body, "mac=" + i).statusCode()).isEqualTo(401);
        }

        assertThat(output.getOut().lines().filter(l -> l.contains("Refused a Zalo webhook request")))
                .hasSizeLessThanOrEqualTo(10);
        assertThat(output.getOut()).doesNotContain("\tat ");
    }

    @Test
    void theSameMsgIdDeliveredTwiceGetsOneReply() {
        String user = newUser();
        String body = event("user_send_text", user);

        HttpResponse<String> first = webhook.postSigned(body);
        HttpResponse<String> retry = webhook.postSigned(body);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).contains("duplicate");
        onlyMessageTo(user);
    }

    @Test
    void aFollowOrAChatButtonTapOpensNoFreeWindowAndByDefaultSendsNothing() {
        String user = newUser();
        ConversationKey key = new ConversationKey("zalo", user);

        assertThat(webhook.postSigned(event("follow", user)).body()).contains("recorded: follow");
        assertThat(webhook.postSigned(event("user_click_chatnow", user)).body()).contains("recorded: interaction");

        ChannelReachability zalo = reachability.stream().filter(r -> r.channel().equals("zalo")).findFirst().orElseThrow();
        assertThat(zalo.notice(key).orElseThrow().reachable()).isFalse();
        assertThat(zalo.notice(key).orElseThrow().message()).startsWith("Người dân chưa nhắn cho OA");
        assertThat(webhook.sentBeforeMarker(ZALO, user)).isEmpty();
    }

    @Test
    void groupEventsAreIgnoredAndNeverAnsweredPrivately() {
        String user = newUser();
        for (String fixture : List.of("user_send_group_text", "user_send_group_image", "user_join_group")) {
            HttpResponse<String> response = webhook.postSigned(event(fixture, user));

            assertThat(response.statusCode()).as(fixture).isEqualTo(200);
            assertThat(response.body()).as(fixture).contains("ignored: group event");
        }
        assertThat(redis.hasKey(PREFIX + "conv:{zalo:" + user + "}:transcript")).isFalse();
        assertThat(webhook.sentBeforeMarker(ZALO, user)).isEmpty();
    }

    @Test
    void aLinkIsReadAsTheCitizensTextPlusTheLink() {
        String user = newUser();

        assertThat(webhook.postSigned(event("user_send_link", user)).body()).contains("accepted");

        onlyMessageTo(user);
        List<TranscriptMessage> transcript = store.transcript(new ConversationKey("zalo", user), 0);
        assertThat(transcript.get(0).text()).isEqualTo("Cho hỏi thủ tục trong bài này làm ở đâu\n"
                + "https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-nganh-doc.html?ma_thu_tuc=1.001193");
    }

    @Test
    void refusedSignaturesTurnTheHealthDegradedUntilAnEventIsAcceptedAgain() {
        String user = newUser();
        String body = event("user_send_text", user);
        String otherApp = body.replace(ZaloFixtures.APP_ID, "1111111111111111111");

        for (int i = 0; i < 2; i++) {
            assertThat(webhook.post(body, ZaloFixtures.signature(body.replace("khai sinh", "khai tu"))).statusCode())
                    .isEqualTo(401);
        }
        String signedForOtherApp = new ZaloSignature(ZaloFixtures.OA_SECRET_KEY).sign("1111111111111111111",
                otherApp.getBytes(java.nio.charset.StandardCharsets.UTF_8), JSON(otherApp).path("timestamp").asString());
        assertThat(webhook.post(otherApp, signedForOtherApp).body())
                .contains("the event is for app id 1111111111111111111 but ZALO_APP_ID is " + ZaloFixtures.APP_ID);

        Health degraded = zaloHealth.health();
        assertThat(degraded.getStatus().getCode()).isEqualTo("DEGRADED");
        assertThat(String.valueOf(degraded.getDetails().get("degraded"))).contains("webhook requests were all refused");
        @SuppressWarnings("unchecked")
        Map<String, Long> refused = (Map<String, Long>) degraded.getDetails().get("refusedByReason");
        assertThat(refused.get("signature")).isGreaterThanOrEqualTo(2);
        assertThat(refused.get("app_id")).isGreaterThanOrEqualTo(1);
        assertThat(alerts.alerts()).anySatisfy(line -> assertThat(line).startsWith("Kênh Zalo OA: ")
                .contains("yêu cầu webhook gần nhất đều bị từ chối"));

        webhook.postSigned(body);
        onlyMessageTo(user);
        Health healthy = zaloHealth.health();
        assertThat(healthy.getStatus().getCode()).isEqualTo("UP");
        assertThat(healthy.getDetails().get("lastAcceptedEventAt")).isNotEqualTo("never");
        await().atMost(Duration.ofSeconds(5)).until(() -> !"never".equals(zaloHealth.health().getDetails().get("lastDeliveredAt")));
    }

    @Test
    void aStickerImageLocationOrFileGetsAPoliteTextReply() {
        for (String fixture : List.of("user_send_sticker", "user_send_image", "user_send_location", "user_send_file")) {
            String user = newUser();
            ZALO.resetRequests();

            assertThat(webhook.postSigned(event(fixture, user)).statusCode()).isEqualTo(200);

            assertThat(onlyMessageTo(user).path("message").path("text").asString())
                    .as(fixture).startsWith("Cảm ơn bà con. Hiện tôi chỉ đọc được tin nhắn bằng chữ");
        }
    }

    @Test
    void aVolunteersConsoleReplyReachesTheZaloUser() {
        String user = newUser();
        webhook.postSigned(event("user_send_text", user));
        firstMessageTo(user);
        ZALO.resetRequests();

        engine.send(new ConversationKey("zalo", user), Sender.VOLUNTEER,
                Reply.info("Chào bác, em là tình nguyện viên Đoàn phường. Bác cần giúp gì ạ?"), "volunteer");

        assertThat(onlyMessageTo(user).path("message").path("text").asString())
                .isEqualTo("Chào bác, em là tình nguyện viên Đoàn phường. Bác cần giúp gì ạ?");
    }

    @Test
    void theConsoleLearnsWhenTheWindowClosesAndTheCitizensName() {
        String user = newUser();
        ZALO.stubFor(get(urlPathEqualTo("/v3.0/oa/user/detail")).willReturn(okJson(
                "{\"error\":0,\"message\":\"Success\",\"data\":{\"display_name\":\"Nguyễn Thị Hoa\",\"user_id\":\"" + user + "\"}}")));
        ConversationKey key = new ConversationKey("zalo", user);
        webhook.postSigned(event("user_send_text", user));

        ChannelReachability zalo = reachability.stream().filter(r -> r.channel().equals("zalo")).findFirst().orElseThrow();
        CitizenProfiles names = profiles.stream().filter(p -> p.channel().equals("zalo")).findFirst().orElseThrow();
        assertThat(zalo.notice(key).orElseThrow().reachable()).isTrue();
        assertThat(zalo.notice(key).orElseThrow().message()).contains("tin trả lời miễn phí trên Zalo, đến");
        await().atMost(Duration.ofSeconds(10)).until(() -> names.displayName(key).isPresent());
        assertThat(names.displayName(key)).contains("Nguyễn Thị Hoa");
    }

    /** Waits for the first reply to this citizen. */
    private static JsonNode firstMessageTo(String user) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> sent(ZALO).stream()
                .filter(m -> m.path("recipient").path("user_id").asString().equals(user)).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }

    /**
     * Checks the citizen got exactly one reply by the time a marker is answered. Only this citizen's messages
     * count: a reply to an earlier test's citizen may still be on its way.
     */
    private JsonNode onlyMessageTo(String user) {
        List<JsonNode> toUser = webhook.sentBeforeMarker(ZALO, user);
        assertThat(toUser).hasSize(1);
        return toUser.get(0);
    }

    private static JsonNode JSON(String text) {
        return ZaloFixtures.JSON.readTree(text);
    }
}
