package vn.gialai.dvcbot.channels.zalo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.gialai.dvcbot.core.redis.RedisKeys;

/**
 * The token pair in one hash. Each write keeps the pair it replaces in a second hash for a while, so an
 * operator can tell what happened to a refresh token; both share a hash tag for Redis Cluster.
 */
final class RedisZaloTokenStore {

    private static final Duration PREVIOUS_KEPT = Duration.ofDays(90);

    private static final RedisScript<Long> REPLACE = RedisScript.of("""
            local old = redis.call('HGETALL', KEYS[1])
            if #old > 0 then
              redis.call('DEL', KEYS[2])
              redis.call('HSET', KEYS[2], unpack(old))
              redis.call('PEXPIRE', KEYS[2], ARGV[1])
            end
            redis.call('DEL', KEYS[1])
            if #ARGV > 1 then redis.call('HSET', KEYS[1], unpack(ARGV, 2)) end
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final String current;
    private final String previous;

    RedisZaloTokenStore(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.current = keys.global("zalo:{token}");
        this.previous = keys.global("zalo:{token}:previous");
    }

    StoredTokens load() {
        Map<Object, Object> stored = redis.opsForHash().entries(current);
        if (stored.isEmpty()) {
            return StoredTokens.NONE;
        }
        return new StoredTokens(text(stored, "accessToken"), text(stored, "refreshToken"),
                instant(stored, "expiresAt"), instant(stored, "refreshedAt"), text(stored, "seed"),
                text(stored, "failure"), instant(stored, "failedAt"));
    }

    /** Replaces the whole record in one step, keeping the replaced one as the previous pair. */
    void replace(StoredTokens tokens) {
        List<String> args = new ArrayList<>(List.of(Long.toString(PREVIOUS_KEPT.toMillis())));
        put(args, "accessToken", tokens.accessToken());
        put(args, "refreshToken", tokens.refreshToken());
        put(args, "expiresAt", tokens.expiresAt());
        put(args, "refreshedAt", tokens.refreshedAt());
        put(args, "seed", tokens.seed());
        put(args, "failure", tokens.failure());
        put(args, "failedAt", tokens.failedAt());
        redis.execute(REPLACE, List.of(current, previous), args.toArray());
    }

    /** Marks the current pair as failed for good without replacing it. */
    void fail(String reason, Instant at) {
        redis.opsForHash().putAll(current, Map.of("failure", reason, "failedAt", Long.toString(at.toEpochMilli())));
    }

    private static void put(List<String> args, String field, Object value) {
        if (value != null) {
            args.add(field);
            args.add(value instanceof Instant at ? Long.toString(at.toEpochMilli()) : value.toString());
        }
    }

    private static String text(Map<Object, Object> stored, String field) {
        Object value = stored.get(field);
        return value == null ? null : value.toString();
    }

    private static Instant instant(Map<Object, Object> stored, String field) {
        String value = text(stored, field);
        return value == null ? null : Instant.ofEpochMilli(Long.parseLong(value));
    }
}
