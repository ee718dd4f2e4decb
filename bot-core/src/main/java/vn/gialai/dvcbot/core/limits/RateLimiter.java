package vn.gialai.dvcbot.core.limits;

import java.time.Duration;

/** Takes from shared token buckets, one per limit and subject (an address, a session), across all instances. */
public interface RateLimiter {

    /** Takes one token from {@code subject}'s bucket of {@code limit}; says how long to wait when there was none. */
    Decision take(RateLimit limit, String subject);

    /** @param retryAfter how long until a token is back (zero when allowed) */
    record Decision(boolean allowed, Duration retryAfter) {

        public static final Decision ALLOWED = new Decision(true, Duration.ZERO);

        public static Decision refused(Duration retryAfter) {
            return new Decision(false, retryAfter);
        }
    }
}
