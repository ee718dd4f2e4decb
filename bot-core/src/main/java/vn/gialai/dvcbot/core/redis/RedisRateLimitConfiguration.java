package vn.gialai.dvcbot.core.redis;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.limits.RateLimiter;

/** The rate limiter, exposed only as its port (docs/security.md). */
@Configuration(proxyBeanMethods = false)
public class RedisRateLimitConfiguration {

    @Bean
    RateLimiter rateLimiter(StringRedisTemplate redis, RedisKeys keys, RedisSettings settings, Clock clock) {
        return new RedisRateLimiter(redis, keys, settings.commandTimeout(), clock);
    }
}
