package vn.gialai.dvcbot.channels.zalo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.redis.RedisKeys;

/** The channel's Redis adapters, kept apart so only classes named Redis… touch Spring Data Redis. */
@Configuration(proxyBeanMethods = false)
@Conditional(ZaloSwitch.On.class)
public class RedisZaloConfiguration {

    @Bean
    RedisZaloContacts zaloContacts(StringRedisTemplate redis, RedisKeys keys) {
        return new RedisZaloContacts(redis, keys);
    }

    @Bean
    RedisZaloTokenStore zaloTokenStore(StringRedisTemplate redis, RedisKeys keys) {
        return new RedisZaloTokenStore(redis, keys);
    }
}
