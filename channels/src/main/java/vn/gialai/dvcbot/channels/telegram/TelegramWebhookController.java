package vn.gialai.dvcbot.channels.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.gialai.dvcbot.channels.health.Refusal;
import vn.gialai.dvcbot.core.limits.RefusalLog;

/**
 * {@code POST /webhooks/telegram} (contracts §8). 404 unless the channel runs in webhook mode; 401 for a
 * missing or wrong secret; 400 for a body that is not an update (answered at once, so the channel keeps
 * working); 503 while Redis is down, so Telegram sends the update again later. The body is read only after the
 * secret matched, and never more than {@link #MAX_BODY_BYTES} of it (the app's body filter refuses larger ones
 * before they reach here). Refusals log one short line, at most a few a minute.
 */
@RestController
class TelegramWebhookController {

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookController.class);
    private static final RefusalLog refusals = RefusalLog.of(log);
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final ObjectProvider<TelegramWebhook> webhook;

    TelegramWebhookController(ObjectProvider<TelegramWebhook> webhook) {
        this.webhook = webhook;
    }

    @PostMapping("/webhooks/telegram")
    ResponseEntity<Map<String, String>> receive(
            @RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false) String secret,
            InputStream body) throws IOException {
        TelegramWebhook on = webhook.getIfAvailable();
        if (on == null) {
            return answer(HttpStatus.NOT_FOUND, "not_found", "the Telegram channel is not in webhook mode");
        }
        if (!on.authentic(secret)) {
            refusals.refused("Refused a Telegram webhook request with a missing or wrong secret header");
            on.refused(Refusal.SIGNATURE, "missing or wrong X-Telegram-Bot-Api-Secret-Token");
            return answer(HttpStatus.UNAUTHORIZED, "invalid_secret", "missing or wrong X-Telegram-Bot-Api-Secret-Token");
        }
        byte[] raw = body.readNBytes(MAX_BODY_BYTES + 1);
        if (raw.length > MAX_BODY_BYTES) {
            return answer(HttpStatus.CONTENT_TOO_LARGE, "too_large", "Telegram updates are far smaller than this");
        }
        Optional<Update> update = on.parse(raw);
        if (update.isEmpty()) {
            refusals.refused("Refused a Telegram webhook body that is not an update ({} bytes)", raw.length);
            on.refused(Refusal.MALFORMED, "a body that is not an update");
            return answer(HttpStatus.BAD_REQUEST, "bad_request", "the body is not a Telegram update");
        }
        try {
            return ResponseEntity.ok(Map.of("status", on.handle(update.get()) ? "accepted" : "duplicate"));
        } catch (DataAccessException e) {
            log.warn("Could not queue a Telegram update, Telegram will retry it: {}", e.getMostSpecificCause().toString());
            return answer(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "storage unavailable, retry later");
        }
    }

    private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String error, String message) {
        return ResponseEntity.status(status).body(Map.of("error", error, "message", message));
    }
}
