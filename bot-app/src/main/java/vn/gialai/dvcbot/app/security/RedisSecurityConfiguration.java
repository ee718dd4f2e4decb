package vn.gialai.dvcbot.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.redis.RedisKeys;

@Configuration(proxyBeanMethods = false)
class RedisSecurityConfiguration {

    @Bean
    LoginFailures loginFailures(StringRedisTemplate redis, RedisKeys keys, SecuritySettings settings) {
        return new RedisLoginFailures(redis, keys, settings.failureWindow());
    }
}
