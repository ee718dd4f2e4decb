package vn.gialai.dvcbot.channels.health;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.redis.RedisKeys;

/**
 * A channel's recent activity in one Redis hash, shared by every instance (behind a load balancer each instance
 * sees only part of the webhook traffic). Times are epoch milliseconds.
 */
final class RedisChannelActivity {

    static final String ACCEPTED_AT = "acceptedAt";
    static final String DELIVERED_AT = "deliveredAt";
    static final String REFUSED_SINCE_ACCEPTED = "refusedSinceAccepted";
    static final String LAST_REFUSAL = "lastRefusal";
    static final String LAST_REFUSED_AT = "lastRefusedAt";
    static final String SETUP_PROBLEM = "setupProblem";
    static final String LAST_SENDER = "lastSender";

    private final StringRedisTemplate redis;
    private final RedisKeys keys;

    RedisChannelActivity(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    void accepted(String channel, Instant at) {
        redis.opsForHash().putAll(key(channel), Map.of(ACCEPTED_AT, millis(at), REFUSED_SINCE_ACCEPTED, "0"));
    }

    void refused(String channel, Refusal reason, String detail, Instant at) {
        String key = key(channel);
        redis.opsForHash().increment(key, reason.field(), 1);
        redis.opsForHash().increment(key, REFUSED_SINCE_ACCEPTED, 1);
        redis.opsForHash().putAll(key, Map.of(LAST_REFUSAL, reason.name() + ": " + detail, LAST_REFUSED_AT, millis(at)));
    }

    void accepted(String channel, Instant at, String sender) {
        redis.opsForHash().putAll(key(channel), Map.of(ACCEPTED_AT, millis(at), REFUSED_SINCE_ACCEPTED, "0",
                LAST_SENDER, sender));
    }

    void delivered(String channel, Instant at) {
        redis.opsForHash().put(key(channel), DELIVERED_AT, millis(at));
    }

    void setupProblem(String channel, String problem) {
        if (problem == null) {
            redis.opsForHash().delete(key(channel), SETUP_PROBLEM);
        } else {
            redis.opsForHash().put(key(channel), SETUP_PROBLEM, problem);
        }
    }

    Map<String, String> read(String channel) {
        Map<String, String> fields = new HashMap<>();
        redis.opsForHash().entries(key(channel)).forEach((k, v) -> fields.put(k.toString(), v.toString()));
        return fields;
    }

    private String key(String channel) {
        return keys.global("channel:" + channel + ":activity");
    }

    private static String millis(Instant at) {
        return Long.toString(at.toEpochMilli());
    }
}
