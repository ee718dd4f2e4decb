package vn.gialai.dvcbot.channels.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;
import vn.gialai.dvcbot.channels.health.ChannelWatch;
import vn.gialai.dvcbot.channels.health.Refusal;
import vn.gialai.dvcbot.core.conversation.ConversationEngine;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.testing.SettableClock;

/**
 * What {@code POST /webhooks/zalo} answers, on the web layer alone (MockMvc: no server, no Redis): the real
 * signature check, replay window and event reading on the real payload fixtures, with the engine's inbox, the
 * free-reply window and the channel's health standing in. End to end: ZaloWebhookIntegrationTests.
 */
@WebMvcTest(ZaloWebhookController.class)
@ContextConfiguration(classes = {ZaloWebhookController.class, ZaloWebhookControllerTests.Webhook.class})
class ZaloWebhookControllerTests {

    private static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");
    private static final ConversationKey CITIZEN = new ConversationKey("zalo", ZaloFixtures.USER);

    @Autowired
    MockMvcTester mvc;
    @Autowired
    SettableClock clock;
    @Autowired
    CitizenWrote citizenWrote;
    @MockitoBean
    ConversationEngine engine;
    @MockitoBean
    ZaloMessagingWindow window;
    @MockitoBean
    ZaloProfiles profiles;
    @MockitoBean
    ChannelWatch watch;

    @BeforeEach
    void now() {
        clock.set(NOW);
        citizenWrote.keys.clear();
    }

    @Test
    void aSignedTextIsQueuedForTheEngineAndItsRedeliveryIsCalledADuplicate() {
        when(engine.submit(any())).thenReturn(true, false);
        when(window.citizenWrote(eq(CITIZEN), any())).thenReturn(true);
        String body = event("user_send_text");

        assertThat(postSigned(body)).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("accepted");
        assertThat(postSigned(body)).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("duplicate");

        ArgumentCaptor<InboundMessage> queued = ArgumentCaptor.forClass(InboundMessage.class);
        verify(engine, times(2)).submit(queued.capture());
        assertThat(queued.getValue().conversation()).isEqualTo(CITIZEN);
        assertThat(queued.getValue().messageId()).isEqualTo("cb31dff1c39642cc1b83");
        assertThat(queued.getValue().text()).isEqualTo("làm giấy khai sinh cho con ở đâu");
        verify(window, times(2)).citizenWrote(eq(CITIZEN), any());
        verify(watch, times(2)).accepted(ZaloFixtures.USER);
        assertThat(citizenWrote.keys).containsExactly(CITIZEN, CITIZEN);
    }

    @Test
    void aForgedMissingOrAppSecretSignatureIs401AndNothingIsQueued() {
        String body = event("user_send_text");
        String forged = ZaloFixtures.signature(body.replace("khai sinh", "khai tử"));
        String withAppSecret = new ZaloSignature(ZaloFixtures.APP_SECRET).sign(ZaloFixtures.APP_ID,
                body.getBytes(StandardCharsets.UTF_8), String.valueOf(NOW.toEpochMilli()));

        for (String signature : new String[] {forged, null, "", "mac=00", withAppSecret}) {
            assertThat(post(body, signature)).as(String.valueOf(signature)).hasStatus(401)
                    .bodyJson().extractingPath("$.error").isEqualTo("invalid_signature");
        }
        verify(engine, never()).submit(any());
        verify(watch, times(5)).refused(eq(Refusal.SIGNATURE), any());
        verify(watch, never()).accepted();
        verify(watch, never()).accepted(any());
    }

    @Test
    void anEventSignedForAnotherAppIsRefusedAsAWrongAppId() {
        String otherApp = event("user_send_text").replace(ZaloFixtures.APP_ID, "1111111111111111111");
        String signedByZalo = new ZaloSignature(ZaloFixtures.OA_SECRET_KEY).sign("1111111111111111111",
                otherApp.getBytes(StandardCharsets.UTF_8), String.valueOf(NOW.toEpochMilli()));

        assertThat(post(otherApp, signedByZalo)).hasStatus(401).bodyJson().extractingPath("$.message").asString()
                .contains("app id 1111111111111111111");
        verify(watch).refused(eq(Refusal.APP_ID), any());
        verify(engine, never()).submit(any());
    }

    @Test
    void anEventOlderThanTheReplayWindowOrFromTheFutureIs401() {
        String replay = ZaloFixtures.event("user_send_text", NOW.minus(Duration.ofHours(13)).toEpochMilli());
        String future = ZaloFixtures.event("user_send_text", NOW.plus(Duration.ofMinutes(11)).toEpochMilli());
        String withinWindow = ZaloFixtures.event("user_send_text", NOW.minus(Duration.ofHours(11)).toEpochMilli());
        when(engine.submit(any())).thenReturn(true);

        assertThat(postSigned(replay)).hasStatus(401).bodyJson().extractingPath("$.message").asString()
                .contains("replay window");
        assertThat(postSigned(future)).hasStatus(401).bodyJson().extractingPath("$.message").asString()
                .contains("in the future");
        assertThat(postSigned(withinWindow)).hasStatusOk();
        verify(watch, times(2)).refused(eq(Refusal.STALE), any());
        verify(engine, times(1)).submit(any());
    }

    @Test
    void aBodyThatIsNotAJsonObjectOrHasNoTimestampIs401AsMalformed() {
        String noTimestamp = event("user_send_text").replaceFirst(",\"timestamp\":\"\\d+\"", "");
        for (String body : new String[] {"not json", "[1,2]", "", "null", noTimestamp}) {
            assertThat(post(body, "mac=00")).as(body).hasStatus(401)
                    .bodyJson().extractingPath("$.error").isEqualTo("invalid_signature");
        }
        verify(watch, times(5)).refused(eq(Refusal.MALFORMED), any());
        verify(engine, never()).submit(any());
    }

    @Test
    void aBodyOver256KilobytesIs413AndIsNotRead() {
        String huge = "{\"event_name\":\"user_send_text\",\"message\":{\"text\":\""
                + "a".repeat(ZaloWebhookController.MAX_BODY_BYTES) + "\"}}";

        assertThat(post(huge, "mac=00")).hasStatus(413).bodyJson().extractingPath("$.error").isEqualTo("too_large");
        verify(engine, never()).submit(any());
    }

    @Test
    void theOasEchoesReceiptsGroupAndUnknownEventsAre200AndNeverReachTheEngine() {
        for (String fixture : List.of("oa_send_text", "user_seen_message", "user_send_group_text",
                "user_join_group", "shop_has_order")) {
            assertThat(postSigned(event(fixture))).as(fixture).hasStatusOk()
                    .bodyJson().extractingPath("$.status").asString().startsWith("ignored");
        }
        assertThat(postSigned(event("user_submit_info"))).hasStatusOk()
                .bodyJson().extractingPath("$.status").isEqualTo("recorded: interaction");
        assertThat(postSigned(event("unfollow"))).hasStatusOk()
                .bodyJson().extractingPath("$.status").isEqualTo("recorded: unfollow");
        verify(engine, never()).submit(any());
        verify(window, never()).citizenWrote(any(), any());
        assertThat(citizenWrote.keys).isEmpty();
    }

    @Test
    void aFollowIsRecordedWithoutAWelcomeAndOpensNoFreeWindow() {
        assertThat(postSigned(event("follow"))).hasStatusOk()
                .bodyJson().extractingPath("$.status").isEqualTo("recorded: follow");

        verify(window).followed(CITIZEN);
        verify(window, never()).citizenWrote(any(), any());
        verify(engine, never()).submit(any());
    }

    @Test
    void aCitizenWithoutHeldRepliesIsNotLookedUpForThem() {
        when(engine.submit(any())).thenReturn(true);

        assertThat(postSigned(event("user_send_text"))).hasStatusOk();

        verify(window).citizenWrote(eq(CITIZEN), any());
        assertThat(citizenWrote.keys).isEmpty();
    }

    @Test
    void whenRedisIsDownTheAnswerIs503SoZaloSendsTheEventAgain() {
        when(engine.submit(any())).thenThrow(new RedisConnectionFailureException("connection refused"));

        assertThat(postSigned(event("user_send_text"))).hasStatus(503)
                .bodyJson().extractingPath("$.error").isEqualTo("unavailable");
    }

    @Test
    void aForgeryIsRefusedEvenWhenRedisCannotCountIt() {
        doThrow(new RedisConnectionFailureException("connection refused")).when(watch).refused(any(), any());

        assertThat(post(event("user_send_text"), "mac=00")).hasStatus(401);
        verify(engine, never()).submit(any());
    }

    private String event(String fixture) {
        return ZaloFixtures.event(fixture, NOW.toEpochMilli());
    }

    private MvcTestResult postSigned(String body) {
        return post(body, ZaloFixtures.signature(body));
    }

    private MvcTestResult post(String body, String signature) {
        var request = mvc.post().uri("/webhooks/zalo").contentType(MediaType.APPLICATION_JSON).content(body);
        return (signature == null ? request : request.header("X-ZEvent-Signature", signature)).exchange();
    }

    /** Whom the webhook told that a citizen with held replies wrote (so they may go out). */
    static final class CitizenWrote {
        final List<ConversationKey> keys = new CopyOnWriteArrayList<>();
    }

    /** The channel on, with the real signature check, replay window and event reading; a settable clock. */
    @Configuration(proxyBeanMethods = false)
    static class Webhook {

        @Bean
        SettableClock clock() {
            return new SettableClock(NOW);
        }

        @Bean
        CitizenWrote citizenWrote() {
            return new CitizenWrote();
        }

        @Bean
        ZaloWebhook zaloWebhook(ConversationEngine engine, ZaloMessagingWindow window, ZaloProfiles profiles,
                ChannelWatch watch, SettableClock clock, CitizenWrote citizenWrote) {
            ZaloSettings settings = new ZaloSettings(ZaloFixtures.APP_ID, ZaloFixtures.APP_SECRET,
                    ZaloFixtures.OA_SECRET_KEY, ZaloFixtures.FIRST_REFRESH_TOKEN, null, "http://zalo.invalid",
                    "http://zalo.invalid", Duration.ofHours(12), Duration.ofHours(48), 8, 2, Duration.ofDays(7), false,
                    Duration.ofHours(24), false, Duration.ofHours(1), Duration.ofDays(1), Duration.ofSeconds(60),
                    Duration.ofSeconds(2));
            return new ZaloWebhook(new ZaloSignature(ZaloFixtures.OA_SECRET_KEY), settings, engine, window, profiles,
                    citizenWrote.keys::add, watch, JsonMapper.builder().build(), clock);
        }
    }
}
