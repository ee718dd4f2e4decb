package vn.gialai.dvcbot.channels.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.gialai.dvcbot.core.conversation.ConversationEngine;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.Sender;
import vn.gialai.dvcbot.core.handoff.HandoffDesk;
import vn.gialai.dvcbot.core.handoff.TicketStatus;
import vn.gialai.dvcbot.core.testing.TestRedis;

/**
 * Long polling end to end: updates served by a stubbed Bot API go through the engine and the outbox and come
 * back as sendMessage calls, on a real Redis.
 */
@SpringBootTest(classes = TelegramTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TelegramPollingIntegrationTests {

    private static final WireMockServer TELEGRAM = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final String PREFIX = TestRedis.uniquePrefix();
    private static final Duration LIVE = Duration.ofSeconds(15);

    @LocalServerPort
    int port;
    @Autowired
    ConversationEngine engine;
    @Autowired
    HandoffDesk desk;
    @Autowired
    TelegramHealthIndicator health;

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        TELEGRAM.start();
        TelegramSpringProperties.of(TELEGRAM, PREFIX, "polling").forEach((k, v) -> registry.add(k, () -> v));
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
    void aPolledUpdateIsAnsweredInTheRightChatWithButtons() {
        TelegramFixtures.Fresh update = TelegramFixtures.fresh("private_text");

        serve(update.json());

        JsonNode sent = await().atMost(LIVE).until(() -> TelegramFixtures.sentTo(TELEGRAM, update.chatId()),
                list -> !list.isEmpty()).get(0);
        assertThat(sent.path("text").asString()).startsWith("Đăng ký khai sinh");
        assertThat(sent.path("reply_markup").path("inline_keyboard").get(0).get(0).path("callback_data").asString())
                .isEqualTo("section:birth-registration:steps");
        assertThat(sent.path("reply_markup").path("inline_keyboard").get(0).get(0).path("text").asString())
                .isEqualTo("Các bước");
    }

    @Test
    void aRepeatedUpdateIdGetsOneReply() {
        TelegramFixtures.Fresh update = TelegramFixtures.fresh("private_text");

        serve(update.json());
        await().atMost(LIVE).until(() -> TelegramFixtures.sentTo(TELEGRAM, update.chatId()).size() == 1);
        serve(update.json() + "," + TelegramFixtures.markerAfter(update).json());

        assertThat(TelegramFixtures.sentBeforeMarker(TELEGRAM, update.chatId())).hasSize(1);
    }

    @Test
    void aTappedButtonIsAnsweredAndActsAsTheChoice() {
        TelegramFixtures.Fresh update = TelegramFixtures.fresh("callback_query");

        serve(update.json());

        await().atMost(LIVE).until(() -> TelegramFixtures.calls(TELEGRAM, "answerCallbackQuery").stream()
                .anyMatch(c -> c.path("callback_query_id").asString().equals("4382bfdwdsb323b2d9")));
        JsonNode sent = await().atMost(LIVE).until(() -> TelegramFixtures.sentTo(TELEGRAM, update.chatId()),
                list -> !list.isEmpty()).get(0);
        assertThat(sent.path("text").asString()).startsWith("Đăng ký khai sinh – Các bước");
    }

    @Test
    void aStickerGetsAPoliteAnswerInWords() {
        TelegramFixtures.Fresh update = TelegramFixtures.fresh("sticker");

        serve(update.json());

        JsonNode sent = await().atMost(LIVE).until(() -> TelegramFixtures.sentTo(TELEGRAM, update.chatId()),
                list -> !list.isEmpty()).get(0);
        assertThat(sent.path("text").asString()).contains("chỉ đọc được tin nhắn bằng chữ");
    }

    @Test
    void startGreetsWithTheTopics() {
        TelegramFixtures.Fresh update = TelegramFixtures.fresh("start_command");

        serve(update.json());

        JsonNode sent = await().atMost(LIVE).until(() -> TelegramFixtures.sentTo(TELEGRAM, update.chatId()),
                list -> !list.isEmpty()).get(0);
        assertThat(sent.path("text").asString()).contains("Chào bà con!");
        assertThat(sent.path("reply_markup").path("inline_keyboard").get(0).get(0).path("callback_data").asString())
                .isEqualTo("topic:ho-tich");
    }

    @Test
    void aFloodControl429IsRetriedAfterRetryAfterAndDeliveredOnce() {
        TelegramFixtures.Fresh update = TelegramFixtures.fresh("private_text");
        TELEGRAM.stubFor(TelegramFixtures.method("sendMessage").atPriority(1).inScenario("flood")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("calm")
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json").withBody(
                        "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 2\","
                                + "\"parameters\":{\"retry_after\":2}}")));

        serve(update.json());

        await().atMost(LIVE).until(() -> TELEGRAM.findAll(com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlMatching("(?i).*/sendMessage")))
                .stream().filter(r -> r.getBodyAsString().contains(update.chatId())).count() == 2);
        var attempts = TELEGRAM.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlMatching("(?i).*/sendMessage")))
                .stream().filter(r -> r.getBodyAsString().contains(update.chatId())).toList();
        Instant first = attempts.get(0).getLoggedDate().toInstant();
        Instant second = attempts.get(1).getLoggedDate().toInstant();
        assertThat(Duration.between(first, second)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        serve(TelegramFixtures.markerAfter(update).json());
        assertThat(TelegramFixtures.sentBeforeMarker(TELEGRAM, update.chatId())).hasSize(2);
    }

    @Test
    void aVolunteersReplyFromTheConsoleReachesTheTelegramUser() {
        String chat = TelegramFixtures.fresh("private_text").chatId();

        engine.send(new ConversationKey("telegram", chat), Sender.VOLUNTEER,
                Reply.info("Chào chị, em là Hoa, tình nguyện viên phường Pleiku ạ."), "hoa");

        JsonNode sent = await().atMost(LIVE).until(() -> TelegramFixtures.sentTo(TELEGRAM, chat),
                list -> !list.isEmpty()).get(0);
        assertThat(sent.path("text").asString()).isEqualTo("Chào chị, em là Hoa, tình nguyện viên phường Pleiku ạ.");
    }

    @Test
    void aNewTicketIsPostedToTheVolunteerGroupAndUpdatedWhenClaimed() {
        TelegramFixtures.Fresh update = TelegramFixtures.fresh("private_text");
        serve(update.json().replace("làm giấy khai sinh cho con ở đâu", "gặp tình nguyện viên"));

        JsonNode alert = await().atMost(LIVE).until(() -> TelegramFixtures.sentTo(TELEGRAM,
                TelegramFixtures.VOLUNTEER_GROUP), list -> !list.isEmpty()).get(0);
        assertThat(alert.path("text").asString()).contains("Bà con cần hỗ trợ – yêu cầu #").contains("Kênh: Telegram").contains("Đã chờ: dưới 1 phút")
                .contains("https://dvc.gialai.example/console/tickets/").contains("Đang chờ người nhận");

        String ticket = desk.list(TicketStatus.WAITING).stream()
                .filter(t -> t.ticket().conversation().chatId().equals(update.chatId())).findFirst().orElseThrow().id();
        desk.claim(ticket, new vn.gialai.dvcbot.core.handoff.Volunteer("hoa", "Hoa", false));

        JsonNode edit = await().atMost(LIVE).until(() -> TelegramFixtures.calls(TELEGRAM, "editMessageText"),
                list -> !list.isEmpty()).get(0);
        assertThat(edit.path("chat_id").asString()).isEqualTo(TelegramFixtures.VOLUNTEER_GROUP);
        assertThat(edit.path("message_id").asInt()).isEqualTo(777);
        assertThat(edit.path("text").asString()).contains("Tình nguyện viên hoa đã nhận");
    }

    @Test
    void inAGroupTheBotAnswersOnlyWhenAddressed() {
        TelegramFixtures.Fresh chatter = TelegramFixtures.fresh("group_text");
        TelegramFixtures.Fresh question = TelegramFixtures.fresh("group_mention");

        serve(chatter.json() + "," + question.json() + "," + TelegramFixtures.markerAfter(question).json());

        JsonNode sent = await().atMost(LIVE).until(() -> TelegramFixtures.sentTo(TELEGRAM, "-1001234567890"),
                list -> !list.isEmpty()).get(0);
        assertThat(sent.path("text").asString()).startsWith("Đăng ký khai sinh");
        assertThat(TelegramFixtures.sentBeforeMarker(TELEGRAM, "-1001234567890")).hasSize(1);
    }

    @Test
    void theHealthSaysThisInstancePolls() {
        await().atMost(LIVE).until(() -> "UP".equals(health.health().getStatus().getCode()));
        assertThat(health.health().getDetails()).containsEntry("mode", "polling")
                .containsEntry("role", "this instance polls");
    }

    /** The next getUpdates answers with this update, once. */
    private static void serve(String updateJson) {
        String scenario = "serve-" + System.nanoTime();
        TELEGRAM.stubFor(TelegramFixtures.method("getUpdates").atPriority(1).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("served")
                .willReturn(okJson("{\"ok\":true,\"result\":[" + updateJson + "]}")));
    }
}
