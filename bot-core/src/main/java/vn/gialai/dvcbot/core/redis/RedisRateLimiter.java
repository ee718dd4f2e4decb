package vn.gialai.dvcbot.core.redis;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.RedisApi;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.limits.RateLimit;
import vn.gialai.dvcbot.core.limits.RateLimiter;

/**
 * Rate limits as Bucket4j token buckets in Redis (its Lettuce integration, compare-and-swap by Lua), one key per
 * limit and subject ({@code <prefix>rate:<limit>:<subject>}), which expires once the bucket would be full again.
 * Bucket4j talks to Redis through the shared Lettuce connection that Spring Data Redis manages, so the limits
 * follow whatever Redis the app is configured for.
 */
final class RedisRateLimiter implements RateLimiter {

    private final ProxyManager<Object> buckets;
    private final RedisKeys keys;
    private final Map<RateLimit, BucketConfiguration> configurations = new ConcurrentHashMap<>();

    RedisRateLimiter(StringRedisTemplate redis, RedisKeys keys, Duration timeout, Clock clock) {
        this.keys = keys;
        this.buckets = new Bucket4jLettuce.LettuceBasedProxyManagerBuilder<>(new SharedRedisConnection(redis))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(10)))
                .requestTimeout(timeout)
                .clientClock(new ClockMeter(clock))
                .build();
    }

    @Override
    public Decision take(RateLimit limit, String subject) {
        BucketConfiguration configuration = configurations.computeIfAbsent(limit, l -> BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(l.capacity()).refillGreedy(l.capacity(), l.period()))
                .build());
        byte[] key = keys.global("rate:" + limit.name() + ":" + subject).getBytes(StandardCharsets.UTF_8);
        ConsumptionProbe probe;
        try {
            probe = buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
        } catch (DataAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            // Bucket4j talks to Lettuce's native connection, whose failures Spring does not translate; callers let a
            // citizen through on a DataAccessException, so an outage must arrive as one, never as a 500.
            throw new RedisSystemException("Rate limit store unavailable: " + e.getMessage(), e);
        }
        return probe.isConsumed() ? Decision.ALLOWED
                : Decision.refused(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /**
     * Bucket4j's three Redis calls on the connection Spring shares (standalone, Sentinel or Cluster alike). Keys
     * are byte arrays, typed as objects because Bucket4j builds its key arrays generically (as {@code Object[]}).
     */
    private record SharedRedisConnection(StringRedisTemplate redis) implements RedisApi<Object> {

        @Override
        public <V> RedisFuture<V> eval(String script, ScriptOutputType type, Object[] keys, byte[][] args) {
            byte[][] binaryKeys = java.util.Arrays.stream(keys).map(k -> (byte[]) k).toArray(byte[][]::new);
            return redis.execute((RedisCallback<RedisFuture<V>>) c -> commands(c).eval(script, type, binaryKeys, args));
        }

        @Override
        public RedisFuture<byte[]> get(Object key) {
            return redis.execute((RedisCallback<RedisFuture<byte[]>>) c -> commands(c).get((byte[]) key));
        }

        @Override
        public RedisFuture<?> delete(Object key) {
            return redis.execute((RedisCallback<RedisFuture<Long>>) c -> commands(c).del((byte[]) key));
        }

        @SuppressWarnings("unchecked")
        private static RedisClusterAsyncCommands<byte[], byte[]> commands(
                org.springframework.data.redis.connection.RedisConnection connection) {
            return (RedisClusterAsyncCommands<byte[], byte[]>) connection.getNativeConnection();
        }
    }

    /** The app's clock, so tests can move time instead of waiting for buckets to refill. */
    private record ClockMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            java.time.Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
