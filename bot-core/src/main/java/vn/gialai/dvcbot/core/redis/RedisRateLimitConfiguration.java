package vn.gialai.dvcbot.core.redis;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gialai.dvcbot.core.limits.RateLimiter;

/** The rate limiter, exposed only as its port (docs/security.md). */
@Configuration(proxyBeanMethods = false)
public class RedisRateLimitConfiguration {

    @Bean
    RateLimiter rateLimiter(RedisPipeline redisPipeline, RedisKeys keys, Clock clock) {
        return new RedisRateLimiter(redisPipeline, keys, clock);
    }
}
