package vn.gialai.dvcbot.core.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.limits.RateLimit;
import vn.gialai.dvcbot.core.limits.RateLimiter;
import vn.gialai.dvcbot.core.testing.SettableClock;
import vn.gialai.dvcbot.core.testing.TestRedis;

class RedisRateLimiterIntegrationTests {

    private final String prefix = TestRedis.uniquePrefix();
    private final LettuceConnectionFactory factory = TestRedis.connectionFactory();
    private final StringRedisTemplate redis = TestRedis.template(factory);
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-05T01:00:00Z"));
    private final RateLimiter limiter = new RedisRateLimiter(
            new RedisPipeline(redis, Duration.ofSeconds(5)), new RedisKeys(prefix), clock);
    private final RateLimit threePerMinute = new RateLimit("test-limit", 3, Duration.ofMinutes(1));

    @AfterEach
    void cleanUp() {
        TestRedis.deleteKeys(redis, prefix);
        factory.destroy();
    }

    @Test
    void aBurstUpToTheCapacityPassesAndTheNextIsToldHowLongToWait() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.take(threePerMinute, "203.0.113.7").allowed()).isTrue();
        }

        RateLimiter.Decision fourth = limiter.take(threePerMinute, "203.0.113.7");

        assertThat(fourth.allowed()).isFalse();
        assertThat(fourth.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void anotherSubjectHasItsOwnBucket() {
        for (int i = 0; i < 4; i++) {
            limiter.take(threePerMinute, "203.0.113.7");
        }

        assertThat(limiter.take(threePerMinute, "198.51.100.2").allowed()).isTrue();
    }

    @Test
    void tokensComeBackAsTimePasses() {
        for (int i = 0; i < 3; i++) {
            limiter.take(threePerMinute, "s1");
        }
        assertThat(limiter.take(threePerMinute, "s1").allowed()).isFalse();

        clock.advance(Duration.ofSeconds(20));

        assertThat(limiter.take(threePerMinute, "s1").allowed()).isTrue();
        assertThat(limiter.take(threePerMinute, "s1").allowed()).isFalse();
    }

    @Test
    void theBucketIsOneKeyUnderThePrefixThatExpiresByItself() {
        limiter.take(threePerMinute, "s1");

        assertThat(redis.keys(prefix + "*")).containsExactly(prefix + "rate:test-limit:s1");
        assertThat(redis.getExpire(prefix + "rate:test-limit:s1")).isPositive().isLessThanOrEqualTo(80);
    }

    @Test
    void bucketsTakenTogetherStopAtTheFirstRefusalAndLeaveTheLaterOnesAsTheyWere() {
        RateLimit onePerMinute = new RateLimit("test-first", 1, Duration.ofMinutes(1));
        limiter.take(onePerMinute, "203.0.113.7");

        List<RateLimiter.Decision> decisions = limiter.takeInOrder(List.of(
                new RateLimiter.Bucket(onePerMinute, "203.0.113.7"), new RateLimiter.Bucket(threePerMinute, "s1")));

        assertThat(decisions).singleElement().satisfies(d -> assertThat(d.allowed()).isFalse());
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.take(threePerMinute, "s1").allowed()).isTrue();
        }
        assertThat(limiter.take(threePerMinute, "s1").allowed()).isFalse();
    }

    @Test
    void bucketsTakenTogetherAllGiveATokenWhenEachHasOne() {
        List<RateLimiter.Decision> decisions = limiter.takeInOrder(List.of(
                new RateLimiter.Bucket(threePerMinute, "203.0.113.7"), new RateLimiter.Bucket(threePerMinute, "s1")));

        assertThat(decisions).hasSize(2).allSatisfy(d -> assertThat(d.allowed()).isTrue());
        assertThat(redis.keys(prefix + "*")).containsExactlyInAnyOrder(prefix + "rate:test-limit:203.0.113.7",
                prefix + "rate:test-limit:s1");
    }

    /**
     * Bucket4j awaited Lettuce's futures itself: when the shared connection lost its server, the failure was not a
     * Spring DataAccessException, and the web chat answered 500 instead of the app's 503.
     */
    @Test
    void aRedisThatWentAwayIsADataAccessExceptionLikeForEveryAdapter() throws Exception {
        int port = TestRedis.freePort();
        redis.embedded.RedisServer server = TestRedis.startServer(port,
                java.nio.file.Files.createTempDirectory("dvc-rate-outage"), false);
        LettuceConnectionFactory lost = new LettuceConnectionFactory(
                new org.springframework.data.redis.connection.RedisStandaloneConfiguration("127.0.0.1", port));
        lost.afterPropertiesSet();
        try {
            RateLimiter limiter = new RedisRateLimiter(new RedisPipeline(TestRedis.template(lost),
                    Duration.ofMillis(500)), new RedisKeys(prefix), clock);
            assertThat(limiter.take(threePerMinute, "s1").allowed()).isTrue();

            server.stop();

            assertThatThrownBy(() -> limiter.take(threePerMinute, "s2"))
                    .isInstanceOf(org.springframework.dao.DataAccessException.class);
        } finally {
            lost.destroy();
            if (server.isActive()) {
                server.stop();
            }
        }
    }
}
