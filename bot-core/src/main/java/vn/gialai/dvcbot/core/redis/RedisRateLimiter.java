package vn.gialai.dvcbot.core.redis;

import io.lettuce.core.ScriptOutputType;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.gialai.dvcbot.core.limits.RateLimit;
import vn.gialai.dvcbot.core.limits.RateLimiter;

/**
 * Rate limits as token buckets in Redis, one key per limit and subject ({@code <prefix>rate:<limit>:<subject>})
 * holding the tokens left and when they were counted, which expires once the bucket would be full again. Each
 * take is one Lua script (read, refill evenly, take, write), so a bucket shared by instances is never
 * over-spent; the buckets of one request go in one pipeline, one round trip for all of them. Time is the app's
 * clock, so tests move it instead of waiting.
 */
final class RedisRateLimiter implements RateLimiter {

    /**
     * KEYS: the bucket. ARGV: now (ms), capacity, period (ms). Answers {1, 0} when a token was taken, {0, ms
     * until one is back} otherwise. A value it cannot read (another format) counts as a full bucket.
     */
    private static final String TAKE = """
            local now, capacity, period = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
            local tokens, at = capacity, now
            local stored = redis.call('GET', KEYS[1])
            if stored then
              local t, a = string.match(stored, '^(%S+) (%S+)$')
              if tonumber(t) and tonumber(a) then tokens, at = tonumber(t), tonumber(a) end
            end
            if now > at then
              tokens = math.min(capacity, tokens + (now - at) * capacity / period)
              at = now
            end
            local taken, wait = 0, 0
            if tokens >= 1 then
              tokens = tokens - 1
              taken = 1
            else
              wait = math.ceil((1 - tokens) * period / capacity)
            end
            local full = math.ceil((capacity - tokens) * period / capacity)
            redis.call('SET', KEYS[1], string.format('%.17g %.17g', tokens, at), 'PX', full + ARGV[4])
            return {taken, wait}
            """;

    /** KEYS: the bucket. ARGV: capacity. Puts back a token taken for a request another limit refused. */
    private static final String GIVE_BACK = """
            local stored = redis.call('GET', KEYS[1])
            if not stored then return 0 end
            local t, a = string.match(stored, '^(%S+) (%S+)$')
            if not tonumber(t) then return 0 end
            local tokens = math.min(tonumber(ARGV[1]), tonumber(t) + 1)
            redis.call('SET', KEYS[1], string.format('%.17g %s', tokens, a), 'KEEPTTL')
            return 1
            """;

    /** A full bucket is kept this much longer, as Bucket4j's buckets were before. */
    private static final String KEPT_AFTER_FULL_MS = "10000";

    private final RedisPipeline pipeline;
    private final RedisKeys keys;
    private final Clock clock;

    RedisRateLimiter(RedisPipeline pipeline, RedisKeys keys, Clock clock) {
        this.pipeline = pipeline;
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public Decision take(RateLimit limit, String subject) {
        return takeInOrder(List.of(new Bucket(limit, subject))).get(0);
    }

    /** All buckets in one pipeline; tokens taken after a refused bucket are put back (a rare, refused request). */
    @Override
    public List<Decision> takeInOrder(List<Bucket> buckets) {
        String now = Long.toString(clock.millis());
        List<Object> answers = pipeline.run(commands -> {
            for (Bucket bucket : buckets) {
                RateLimit limit = bucket.limit();
                commands.eval(TAKE, ScriptOutputType.MULTI, List.of(key(bucket)), List.of(now,
                        Integer.toString(limit.capacity()), Long.toString(limit.period().toMillis()),
                        KEPT_AFTER_FULL_MS));
            }
        });
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            List<?> answer = (List<?>) answers.get(i);
            boolean taken = ((Number) answer.get(0)).longValue() == 1;
            long waitMs = ((Number) answer.get(1)).longValue();
            decisions.add(taken ? Decision.ALLOWED : Decision.refused(Duration.ofMillis(waitMs)));
            if (!taken) {
                giveBack(buckets.subList(i + 1, buckets.size()), answers.subList(i + 1, answers.size()));
                break;
            }
        }
        return decisions;
    }

    private void giveBack(List<Bucket> later, List<Object> answers) {
        List<Bucket> taken = new ArrayList<>();
        for (int i = 0; i < later.size(); i++) {
            if (((Number) ((List<?>) answers.get(i)).get(0)).longValue() == 1) {
                taken.add(later.get(i));
            }
        }
        if (!taken.isEmpty()) {
            pipeline.run(commands -> taken.forEach(bucket -> commands.eval(GIVE_BACK, ScriptOutputType.INTEGER,
                    List.of(key(bucket)), List.of(Integer.toString(bucket.limit().capacity())))));
        }
    }

    private String key(Bucket bucket) {
        return keys.global("rate:" + bucket.limit().name() + ":" + bucket.subject());
    }
}
