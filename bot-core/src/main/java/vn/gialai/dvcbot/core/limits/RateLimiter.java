package vn.gialai.dvcbot.core.limits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Takes from shared token buckets, one per limit and subject (an address, a session), across all instances. */
public interface RateLimiter {

    /** Takes one token from {@code subject}'s bucket of {@code limit}; says how long to wait when there was none. */
    Decision take(RateLimit limit, String subject);

    /**
     * Takes from several buckets as {@link #take} would one after another, stopping at the first refusal: the
     * buckets after a refused one keep their tokens. Answers the decisions up to and including the refusal. A
     * store may do it in one round trip.
     */
    default List<Decision> takeInOrder(List<Bucket> buckets) {
        List<Decision> decisions = new ArrayList<>();
        for (Bucket bucket : buckets) {
            Decision decision = take(bucket.limit(), bucket.subject());
            decisions.add(decision);
            if (!decision.allowed()) {
                break;
            }
        }
        return decisions;
    }

    /** One subject's bucket of one limit. */
    record Bucket(RateLimit limit, String subject) {
    }

    /** @param retryAfter how long until a token is back (zero when allowed) */
    record Decision(boolean allowed, Duration retryAfter) {

        public static final Decision ALLOWED = new Decision(true, Duration.ZERO);

        public static Decision refused(Duration retryAfter) {
            return new Decision(false, retryAfter);
        }
    }
}
