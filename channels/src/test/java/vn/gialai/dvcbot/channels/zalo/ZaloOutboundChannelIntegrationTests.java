package vn.gialai.dvcbot.channels.zalo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.gialai.dvcbot.channels.zalo.ZaloFixtures.FIRST_REFRESH_TOKEN;
import static vn.gialai.dvcbot.channels.zalo.ZaloFixtures.SEND;
import static vn.gialai.dvcbot.channels.zalo.ZaloFixtures.USER;
import static vn.gialai.dvcbot.channels.zalo.ZaloFixtures.acceptSends;
import static vn.gialai.dvcbot.channels.zalo.ZaloFixtures.delivered;
import static vn.gialai.dvcbot.channels.zalo.ZaloFixtures.issueTokens;
import static vn.gialai.dvcbot.channels.zalo.ZaloFixtures.okJson;
import static vn.gialai.dvcbot.channels.zalo.ZaloFixtures.refreshCalls;
import static vn.gialai.dvcbot.channels.zalo.ZaloFixtures.rejectToken;
import static vn.gialai.dvcbot.channels.zalo.ZaloFixtures.sent;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.gialai.dvcbot.core.message.Choice;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.Sender;
import vn.gialai.dvcbot.core.outbox.ChannelReachability;
import vn.gialai.dvcbot.core.outbox.DeliveryResult;
import vn.gialai.dvcbot.core.outbox.DeliveryResult.Outcome;
import vn.gialai.dvcbot.core.outbox.OutboxDispatcher;
import vn.gialai.dvcbot.core.outbox.OutboxItem;
import vn.gialai.dvcbot.core.outbox.OutboxSettings;

/** Delivering outbox items to a stubbed openapi.zalo.me, with tokens from a stubbed oauth.zaloapp.com. */
class ZaloOutboundChannelIntegrationTests {

    private static final ConversationKey CITIZEN = new ConversationKey("zalo", USER);

    private final ZaloRig rig = new ZaloRig();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
        rig.close();
    }

    @Test
    void anExpiredTokenIsRefreshedOnceAndTheMessageResent() {
        ZaloRig.Instance zalo = rig.withAccessToken("expired").instance();
        rejectToken(rig.zalo, "expired");
        issueTokens(rig.zalo, FIRST_REFRESH_TOKEN, "fresh", "refresh-2");
        acceptSends(rig.zalo);
        zalo.window().citizenWrote(CITIZEN, Instant.now());

        DeliveryResult result = zalo.channel().deliver(item(CITIZEN, Reply.info("Xin chào bà con")));

        assertThat(result.outcome()).isEqualTo(Outcome.DELIVERED);
        assertThat(refreshCalls(rig.zalo)).isEqualTo(1);
        List<JsonNode> accepted = delivered(rig.zalo, "expired");
        assertThat(accepted).hasSize(1);
        assertThat(accepted.get(0).path("recipient").path("user_id").asString()).isEqualTo(USER);
        assertThat(accepted.get(0).path("message").path("text").asString()).isEqualTo("Xin chào bà con");
        assertThat(rig.tokenStore().load().refreshToken()).isEqualTo("refresh-2");
    }

    @Test
    void tenConcurrentSendsMeetingAnExpiredTokenCauseExactlyOneRefresh() throws Exception {
        List<ZaloRig.Instance> instances = List.of(rig.withAccessToken("expired").instance(), rig.instance());
        rejectToken(rig.zalo, "expired");
        issueTokens(rig.zalo, FIRST_REFRESH_TOKEN, "fresh", "refresh-2");
        acceptSends(rig.zalo);
        ExecutorService senders = Executors.newFixedThreadPool(10);
        List<Future<DeliveryResult>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ConversationKey citizen = new ConversationKey("zalo", "10000000000" + i);
            ZaloRig.Instance instance = instances.get(i % 2);
            instance.window().citizenWrote(citizen, Instant.now());
            results.add(senders.submit((Callable<DeliveryResult>) () ->
                    instance.channel().deliver(item(citizen, Reply.info("Tin số " + citizen.chatId())))));
        }
        for (Future<DeliveryResult> result : results) {
            assertThat(result.get().outcome()).isEqualTo(Outcome.DELIVERED);
        }
        senders.shutdown();

        assertThat(refreshCalls(rig.zalo)).isEqualTo(1);
        assertThat(delivered(rig.zalo, "expired")).hasSize(10);
    }

    @Test
    void aServerErrorThenSuccessIsDeliveredExactlyOnce() {
        ZaloRig.Instance zalo = rig.withAccessToken("valid").instance();
        rig.zalo.stubFor(post(urlPathEqualTo(SEND)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>"))
                .willSetStateTo("recovered"));
        rig.zalo.stubFor(post(urlPathEqualTo(SEND)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson("{\"error\":0,\"message\":\"Success\",\"data\":{\"message_id\":\"m1\"}}")));
        zalo.window().citizenWrote(CITIZEN, Instant.now());
        OutboxDispatcher dispatcher = dispatcher(zalo);

        rig.adapters.store().append(CITIZEN, Sender.BOT, Reply.info("Hồ sơ của bà con đã được tiếp nhận."), null, true);
        dispatcher.nudge(CITIZEN);

        await().atMost(Duration.ofSeconds(15)).until(() -> {
            dispatcher.sweep();
            return rig.adapters.outbox().head(CITIZEN).isEmpty();
        });
        // A marker queued after it: once the marker is out, the outbox (in order) has nothing more to send.
        rig.adapters.store().append(CITIZEN, Sender.BOT, Reply.info("marker"), null, true);
        dispatcher.nudge(CITIZEN);
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            dispatcher.sweep();
            return sent(rig.zalo).stream().anyMatch(body -> body.path("message").path("text").asString().equals("marker"));
        });
        assertThat(sent(rig.zalo)).extracting(body -> body.path("message").path("text").asString())
                .containsExactly("Hồ sơ của bà con đã được tiếp nhận.", "Hồ sơ của bà con đã được tiếp nhận.", "marker");
        assertThat(rig.adapters.outbox().undeliverable(10)).isEmpty();
    }

    @Test
    void nothingIsSentOutsideTheMessagingWindowAndTheVolunteerIsTold() {
        ZaloRig.Instance zalo = rig.withAccessToken("valid").instance();
        acceptSends(rig.zalo);
        ConversationKey silent = new ConversationKey("zalo", "200000000001");
        zalo.window().citizenWrote(CITIZEN, Instant.now().minus(Duration.ofHours(49)));

        DeliveryResult old = zalo.channel().deliver(item(CITIZEN, Reply.info("Trả lời muộn")));
        DeliveryResult never = zalo.channel().deliver(item(silent, Reply.info("Tin chủ động")));

        assertThat(old.outcome()).isEqualTo(Outcome.UNDELIVERABLE);
        assertThat(old.reason()).contains("free Zalo window (48 h after the citizen's last message) has closed");
        assertThat(never.outcome()).isEqualTo(Outcome.UNDELIVERABLE);
        assertThat(never.reason()).contains("no message from the citizen on record");
        assertThat(sent(rig.zalo)).isEmpty();
        ChannelReachability.Notice notice = zalo.window().notice(CITIZEN).orElseThrow();
        assertThat(notice.reachable()).isFalse();
        assertThat(notice.message()).startsWith("Đã quá 48 giờ kể từ tin nhắn cuối của người dân lúc")
                .contains("tính phí hoặc từ chối");
    }

    @Test
    void whileTheWindowIsOpenTheVolunteerSeesWhenItCloses() {
        ZaloRig.Instance zalo = rig.instance();
        Instant last = Instant.now().minus(Duration.ofHours(2));
        zalo.window().citizenWrote(CITIZEN, last);

        ChannelReachability.Notice notice = zalo.window().notice(CITIZEN).orElseThrow();

        assertThat(notice.reachable()).isTrue();
        assertThat(notice.until()).isEqualTo(Instant.ofEpochMilli(last.toEpochMilli()).plus(Duration.ofHours(48)));
        assertThat(notice.message()).startsWith("Còn 8/8 tin trả lời miễn phí trên Zalo, đến ")
                .contains("còn khoảng 45 giờ");
    }

    @Test
    void anErrorMeaningTheCitizenCannotBeReachedEndsTheRetriesAndShowsInTheConsole() {
        ZaloRig.Instance zalo = rig.withAccessToken("valid").instance();
        rig.zalo.stubFor(post(urlPathEqualTo(SEND)).willReturn(okJson(
                "{\"error\":-230,\"message\":\"User has not interacted with the OA in the past 7 days\"}")));
        zalo.window().citizenWrote(CITIZEN, Instant.now());

        DeliveryResult result = zalo.channel().deliver(item(CITIZEN, Reply.info("Xin chào")));
        DeliveryResult next = zalo.channel().deliver(item(CITIZEN, Reply.info("Tin thứ hai")));

        assertThat(result.outcome()).isEqualTo(Outcome.UNDELIVERABLE);
        assertThat(result.reason()).contains("-230");
        assertThat(next.outcome()).isEqualTo(Outcome.UNDELIVERABLE);
        assertThat(sent(rig.zalo)).hasSize(1);
        ChannelReachability.Notice notice = zalo.window().notice(CITIZEN).orElseThrow();
        assertThat(notice.reachable()).isFalse();
        assertThat(notice.message()).contains("không tương tác với OA trong 7 ngày");

        zalo.window().citizenWrote(CITIZEN, Instant.now());
        assertThat(zalo.window().notice(CITIZEN).orElseThrow().reachable()).as("writing again reopens").isTrue();
    }

    @Test
    void aLongReplyIsSplitAndARetryNeverResendsAPartAlreadySent() {
        ZaloRig.Instance zalo = rig.withAccessToken("valid").instance();
        rig.zalo.stubFor(post(urlPathEqualTo(SEND)).inScenario("second part fails").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"error\":0,\"message\":\"Success\"}")).willSetStateTo("one sent"));
        rig.zalo.stubFor(post(urlPathEqualTo(SEND)).inScenario("second part fails").whenScenarioStateIs("one sent")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("back"));
        rig.zalo.stubFor(post(urlPathEqualTo(SEND)).inScenario("second part fails").whenScenarioStateIs("back")
                .willReturn(okJson("{\"error\":0,\"message\":\"Success\"}")));
        zalo.window().citizenWrote(CITIZEN, Instant.now());
        String paragraph = "Bà con mang theo căn cước và giấy chứng sinh của cháu. ".repeat(20).strip();
        OutboxItem item = item(CITIZEN, Reply.info(String.join("\n\n", paragraph, paragraph, paragraph, paragraph)));

        assertThat(zalo.channel().deliver(item).outcome()).isEqualTo(Outcome.RETRY);
        assertThat(zalo.channel().deliver(item).outcome()).isEqualTo(Outcome.DELIVERED);

        List<String> texts = sent(rig.zalo).stream().map(b -> b.path("message").path("text").asString()).toList();
        assertThat(texts).hasSize(5).allSatisfy(text -> assertThat(text.length()).isLessThanOrEqualTo(2000));
        assertThat(texts.get(1)).as("only the failed part is sent again").isEqualTo(texts.get(2));
        assertThat(String.join("\n\n", texts.get(0), texts.get(2), texts.get(3), texts.get(4)))
                .isEqualTo(item.reply().text());
    }

    @Test
    void aRateLimitPausesEveryConversationForTheTimeZaloAsks() {
        ZaloRig.Instance zalo = rig.withAccessToken("valid").instance();
        rig.zalo.stubFor(post(urlPathEqualTo(SEND)).willReturn(okJson(
                "{\"error\":-32,\"message\":\"Your application/OA reached limit call api\"}")));
        zalo.window().citizenWrote(CITIZEN, Instant.now());

        DeliveryResult limited = zalo.channel().deliver(item(CITIZEN, Reply.info("Một")));
        DeliveryResult paused = zalo.channel().deliver(item(CITIZEN, Reply.info("Hai")));

        assertThat(limited.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(paused.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(sent(rig.zalo)).hasSize(1);
    }

    @Test
    void theNightPauseIsWaitedOutUntilSixInTheMorning() {
        ZaloRig.Instance zalo = rig.withAccessToken("valid").instance();
        rig.zalo.stubFor(post(urlPathEqualTo(SEND)).willReturn(okJson(
                "{\"error\":-234,\"message\":\"cannot be sent at night (10PM-6AM)\"}")));
        zalo.window().citizenWrote(CITIZEN, Instant.now());

        DeliveryResult result = zalo.channel().deliver(item(CITIZEN, Reply.info("Khuya rồi")));

        assertThat(result.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(result.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofHours(8));
    }

    @Test
    void buttonsTheOaRefusesFallBackToNumberedChoices() {
        ZaloRig.Instance zalo = rig.withAccessToken("valid").withButtons().instance();
        rig.zalo.stubFor(post(urlPathEqualTo(SEND)).atPriority(1)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("\"attachment\""))
                .willReturn(okJson("{\"error\":-201,\"message\":\"parameter invalid\"}")));
        acceptSends(rig.zalo);
        zalo.window().citizenWrote(CITIZEN, Instant.now());
        OutboxItem item = item(CITIZEN, Reply.info("Bà con muốn xem phần nào?",
                List.of(new Choice("section:birth-registration:steps", "Các bước"), new Choice("menu", "Về danh sách chủ đề"))));

        assertThat(zalo.channel().deliver(item).outcome()).isEqualTo(Outcome.RETRY);
        assertThat(zalo.channel().deliver(item).outcome()).isEqualTo(Outcome.DELIVERED);

        List<JsonNode> bodies = sent(rig.zalo);
        assertThat(bodies.get(0).path("message").path("attachment").path("payload").path("buttons").get(0)
                .path("payload").asString()).isEqualTo("#dvc:section:birth-registration:steps");
        assertThat(bodies.get(1).path("message").has("attachment")).isFalse();
        assertThat(bodies.get(1).path("message").path("text").asString())
                .contains("1. Các bước\n2. Về danh sách chủ đề").contains("gõ số");
    }

    private OutboxDispatcher dispatcher(ZaloRig.Instance zalo) {
        OutboxDispatcher dispatcher = new OutboxDispatcher(rig.adapters.outbox(),
                Map.of("zalo", zalo.channel()), new OutboxSettings(5, Duration.ofMillis(200), Duration.ofSeconds(1), 2,
                Duration.ofSeconds(10)),
                Executors.newFixedThreadPool(2), rig.clock);
        toClose.add(dispatcher);
        return dispatcher;
    }

    private static OutboxItem item(ConversationKey to, Reply reply) {
        return new OutboxItem(UUID.randomUUID().toString(), to, Sender.BOT, reply, Instant.now(), 0);
    }
}
