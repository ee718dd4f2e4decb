package vn.gialai.dvcbot.core.limits;

import java.time.Duration;
import java.util.Objects;

/**
 * A token bucket: at most {@code capacity} at once, refilled evenly to {@code capacity} over {@code period}
 * ("20 per 5 minutes" allows a burst of 20, then one every 15 seconds).
 *
 * @param name the limit's name in Redis keys and logs, e.g. {@code webchat-sessions-per-address}
 * @param capacity how many; 0 turns the limit off
 */
public record RateLimit(String name, int capacity, Duration period) {

    public RateLimit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(period, "period");
        if (capacity < 0 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a capacity ≥ 0 and a positive period: " + name);
        }
    }

    public boolean off() {
        return capacity == 0;
    }
}
