package vn.gialai.dvcbot.core.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the dispatcher retries.
 *
 * @param maxAttempts attempts before an item is given up as undeliverable
 * @param firstBackoff wait after the first failure; doubles per attempt
 * @param maxBackoff the longest wait between attempts
 * @param threads parallel conversations being delivered by one instance
 * @param lease how long an outbox stays taken by an instance that stopped renewing it: a dead instance's
 *        deliveries resume on another (or on its restart) this long after the crash at the latest. A send in
 *        flight renews it every third of it, so a slow platform call never lets a second sender in.
 */
@ConfigurationProperties("dvc.outbox")
public record OutboxSettings(
        @DefaultValue("12") int maxAttempts,
        @DefaultValue("1s") Duration firstBackoff,
        @DefaultValue("5m") Duration maxBackoff,
        @DefaultValue("4") int threads,
        @DefaultValue("10s") Duration lease) {

    Duration backoff(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
        Duration wait = firstBackoff.multipliedBy(factor);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
