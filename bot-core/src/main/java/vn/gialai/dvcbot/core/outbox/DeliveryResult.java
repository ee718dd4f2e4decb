package vn.gialai.dvcbot.core.outbox;

import java.time.Duration;

/** What happened to one delivery attempt. */
public record DeliveryResult(Outcome outcome, Duration retryAfter, String reason) {

    public static DeliveryResult delivered() {
        return new DeliveryResult(Outcome.DELIVERED, Duration.ZERO, "");
    }

    /** A temporary failure (network, 5xx, rate limit); {@code after} may be zero to use the back-off. */
    public static DeliveryResult retry(Duration after, String reason) {
        return new DeliveryResult(Outcome.RETRY, after, reason);
    }

    /** The citizen cannot be reached (blocked the bot, messaging window closed): stop trying. */
    public static DeliveryResult undeliverable(String reason) {
        return new DeliveryResult(Outcome.UNDELIVERABLE, Duration.ZERO, reason);
    }

    public enum Outcome { DELIVERED, RETRY, UNDELIVERABLE }
}
