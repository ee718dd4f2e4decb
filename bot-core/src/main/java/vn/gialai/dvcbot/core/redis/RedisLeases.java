package vn.gialai.dvcbot.core.redis;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.gialai.dvcbot.core.lease.Lease;
import vn.gialai.dvcbot.core.lease.Leases;

/** Leases as {@code SET NX PX} with a random token; renew and release only when the token is still ours. */
final class RedisLeases implements Leases {

    private static final RedisScript<Long> RENEW = RedisScript.of(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0",
            Long.class);
    private static final RedisScript<Long> RELEASE = RedisScript.of(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0",
            Long.class);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;

    RedisLeases(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public Optional<Lease> tryAcquire(String name, Duration ttl) {
        String key = keys.lease(name);
        String token = UUID.randomUUID().toString();
        Boolean taken = redis.opsForValue().setIfAbsent(key, token, ttl);
        return Boolean.TRUE.equals(taken) ? Optional.of(new RedisLease(key, token, ttl)) : Optional.empty();
    }

    /** Extends a lease key by {@code ttl} only while it still holds {@code token}. */
    static boolean renewIfHeld(StringRedisTemplate redis, String key, String token, Duration ttl) {
        Long renewed = redis.execute(RENEW, List.of(key), token, Long.toString(ttl.toMillis()));
        return renewed != null && renewed == 1L;
    }

    /** Deletes a lease key only while it still holds {@code token}. */
    static void releaseIfHeld(StringRedisTemplate redis, String key, String token) {
        redis.execute(RELEASE, List.of(key), token);
    }

    private final class RedisLease implements Lease {
        private final String key;
        private final String token;
        private final Duration ttl;

        RedisLease(String key, String token, Duration ttl) {
            this.key = key;
            this.token = token;
            this.ttl = ttl;
        }

        @Override
        public boolean renew() {
            return renewIfHeld(redis, key, token, ttl);
        }

        @Override
        public void close() {
            releaseIfHeld(redis, key, token);
        }
    }
}
