package vn.gialai.dvcbot.core.limits;

import java.time.Duration;
import java.util.List;

/**
 * A request refused by a rate limit: answered 429 with {@code Retry-After}. Carries no stack trace, since a
 * refusal is not a fault.
 */
public final class RateLimited extends RuntimeException {

    private final String limit;
    private final Duration retryAfter;

    public RateLimited(String limit, Duration retryAfter) {
        super("Rate limit " + limit + " reached; retry after " + retryAfter.toSeconds() + " s", null, false, false);
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public String limit() {
        return limit;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds for a {@code Retry-After} header, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** Takes a token or throws. */
    public static void check(RateLimiter limiter, RateLimit limit, String subject) {
        checkInOrder(limiter, List.of(new RateLimiter.Bucket(limit, subject)));
    }

    /**
     * Takes a token from each bucket in order (limits that are off are skipped), or throws for the first that has
     * none; the buckets after it are left as they were.
     */
    public static void checkInOrder(RateLimiter limiter, List<RateLimiter.Bucket> buckets) {
        List<RateLimiter.Bucket> on = buckets.stream().filter(bucket -> !bucket.limit().off()).toList();
        if (on.isEmpty()) {
            return;
        }
        List<RateLimiter.Decision> decisions = limiter.takeInOrder(on);
        for (int i = 0; i < decisions.size(); i++) {
            if (!decisions.get(i).allowed()) {
                throw new RateLimited(on.get(i).limit().name(), decisions.get(i).retryAfter());
            }
        }
    }
}
