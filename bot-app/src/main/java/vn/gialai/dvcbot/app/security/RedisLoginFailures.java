package vn.gialai.dvcbot.app.security;

import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.gialai.dvcbot.core.redis.RedisKeys;

/** A counter per key that expires with its window. */
final class RedisLoginFailures implements LoginFailures {

    private static final RedisScript<Long> ADD = RedisScript.of("""
            local n = redis.call('INCR', KEYS[1])
            if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return n
            """, Long.class);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final Duration window;

    RedisLoginFailures(StringRedisTemplate redis, RedisKeys keys, Duration window) {
        this.redis = redis;
        this.keys = keys;
        this.window = window;
    }

    @Override
    public long count(String key) {
        String value = redis.opsForValue().get(redisKey(key));
        return value == null ? 0 : Long.parseLong(value);
    }

    @Override
    public void add(String key) {
        redis.execute(ADD, List.of(redisKey(key)), Long.toString(window.toMillis()));
    }

    @Override
    public void clear(String key) {
        redis.delete(redisKey(key));
    }

    private String redisKey(String key) {
        return keys.global("login-failures:" + key);
    }
}
