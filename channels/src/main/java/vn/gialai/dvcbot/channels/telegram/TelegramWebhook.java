package vn.gialai.dvcbot.channels.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.gialai.dvcbot.channels.health.ChannelWatch;
import vn.gialai.dvcbot.channels.health.Refusal;

/**
 * Webhook mode: the secret header compared in constant time, the raw body read with Jackson 2 (the library's
 * types carry Jackson 2 annotations that Spring's Jackson 3 does not understand), and the update handed over.
 */
final class TelegramWebhook {

    private final byte[] secret;
    private final TelegramUpdates updates;
    private final ChannelWatch watch;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    TelegramWebhook(String secret, TelegramUpdates updates, ChannelWatch watch) {
        this.secret = secret == null ? new byte[0] : secret.strip().getBytes(StandardCharsets.UTF_8);
        this.updates = updates;
        this.watch = watch;
    }

    /** Counts a refused request for the channel's health; never fails the answer to Telegram. */
    void refused(Refusal reason, String detail) {
        try {
            watch.refused(reason, detail);
        } catch (RuntimeException e) {
            // Redis is down: the request is refused all the same, and the health shows Redis DOWN.
        }
    }

    boolean hasSecret() {
        return secret.length > 0;
    }

    boolean authentic(String header) {
        return hasSecret() && header != null
                && MessageDigest.isEqual(secret, header.getBytes(StandardCharsets.UTF_8));
    }

    /** The update, or empty when the body is not one. */
    Optional<Update> parse(byte[] body) {
        try {
            Update update = json.readValue(body, Update.class);
            return update == null || update.getUpdateId() == null ? Optional.empty() : Optional.of(update);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    boolean handle(Update update) {
        return updates.handOver(update);
    }
}
