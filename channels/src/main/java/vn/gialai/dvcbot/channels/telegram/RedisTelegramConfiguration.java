package vn.gialai.dvcbot.channels.telegram;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.redis.RedisKeys;

/** The Telegram channel's Redis store. */
@Configuration(proxyBeanMethods = false)
class RedisTelegramConfiguration {

    @Bean
    RedisTelegramStore telegramStore(StringRedisTemplate redis, RedisKeys keys) {
        return new RedisTelegramStore(redis, keys);
    }
}
