package vn.gialai.dvcbot.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

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
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.gialai.dvcbot.channels.health.ChannelWatch;
import vn.gialai.dvcbot.channels.health.Refusal;

/**
 * What {@code POST /webhooks/telegram} answers, on the web layer alone (MockMvc: no server, no Redis): the real
 * secret check and parsing, with the hand-over to the engine standing in. End to end: TelegramWebhookIntegrationTests.
 */
@WebMvcTest(TelegramWebhookController.class)
@ContextConfiguration(classes = {TelegramWebhookController.class, TelegramWebhookControllerTests.Webhook.class})
class TelegramWebhookControllerTests {

    private static final String SECRET = "s3cret-Gia_Lai-2026";

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    TelegramUpdates updates;
    @MockitoBean
    ChannelWatch watch;

    @Test
    void aRealUpdateIsHandedOverAndItsRepeatIsCalledADuplicate() {
        TelegramFixtures.Fresh update = TelegramFixtures.fresh("private_text");
        when(updates.handOver(any())).thenReturn(true, false);

        assertThat(post(update.json(), SECRET)).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("accepted");
        assertThat(post(update.json(), SECRET)).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("duplicate");

        ArgumentCaptor<Update> handed = ArgumentCaptor.forClass(Update.class);
        verify(updates, times(2)).handOver(handed.capture());
        assertThat(handed.getValue().getUpdateId()).isEqualTo(update.updateId());
        assertThat(handed.getValue().getMessage().getText()).isEqualTo("làm giấy khai sinh cho con ở đâu");
    }

    @Test
    void aWrongOrMissingSecretIs401AndNothingIsHandedOver() {
        String update = TelegramFixtures.fresh("private_text").json();

        for (String secret : new String[] {"wrong-secret", null, SECRET + "x", ""}) {
            assertThat(post(update, secret)).as(String.valueOf(secret)).hasStatus(401)
                    .bodyJson().extractingPath("$.error").isEqualTo("invalid_secret");
        }
        verify(updates, never()).handOver(any());
        verify(watch, times(4)).refused(eq(Refusal.SIGNATURE), any());
    }

    @Test
    void aBodyThatIsNotAnUpdateIs400() {
        for (String body : new String[] {"{\"update_id\": \"not a number\", \"message\": [", "not json at all",
                "{\"message\": {\"text\": \"no update id\"}}", "", "null"}) {
            assertThat(post(body, SECRET)).as(body).hasStatus(400)
                    .bodyJson().extractingPath("$.error").isEqualTo("bad_request");
        }
        verify(updates, never()).handOver(any());
        verify(watch, times(5)).refused(eq(Refusal.MALFORMED), any());
    }

    @Test
    void aBodyOverOneMegabyteIs413() {
        String huge = "{\"update_id\": 1, \"message\": {\"text\": \"" + "a".repeat(TelegramWebhookController.MAX_BODY_BYTES)
                + "\"}}";

        assertThat(post(huge, SECRET)).hasStatus(413).bodyJson().extractingPath("$.error").isEqualTo("too_large");
        verify(updates, never()).handOver(any());
    }

    @Test
    void whenRedisIsDownTheAnswerIs503SoTelegramSendsTheUpdateAgain() {
        when(updates.handOver(any())).thenThrow(new RedisConnectionFailureException("connection refused"));

        assertThat(post(TelegramFixtures.fresh("private_text").json(), SECRET)).hasStatus(503)
                .bodyJson().extractingPath("$.error").isEqualTo("unavailable");
    }

    private MvcTestResult post(String body, String secret) {
        var request = mvc.post().uri("/webhooks/telegram").contentType(MediaType.APPLICATION_JSON).content(body);
        return (secret == null ? request : request.header("X-Telegram-Bot-Api-Secret-Token", secret)).exchange();
    }

    /** Webhook mode with the real secret check and parser. */
    @Configuration(proxyBeanMethods = false)
    static class Webhook {
        @Bean
        TelegramWebhook telegramWebhook(TelegramUpdates updates, ChannelWatch watch) {
            return new TelegramWebhook(SECRET, updates, watch);
        }
    }
}
