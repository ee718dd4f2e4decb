package vn.gialai.dvcbot.core.limits;

import java.time.Duration;

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
        if (limit.off()) {
            return;
        }
        RateLimiter.Decision decision = limiter.take(limit, subject);
        if (!decision.allowed()) {
            throw new RateLimited(limit.name(), decision.retryAfter());
        }
    }
}
