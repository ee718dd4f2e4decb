package vn.gialai.dvcbot.app.staff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.redis.RedisKeys;

@Configuration(proxyBeanMethods = false)
class RedisStaffConfiguration {

    @Bean
    StaffAccounts staffAccounts(StringRedisTemplate redis, RedisKeys keys) {
        return new RedisStaffAccounts(redis, keys);
    }
}
