package vn.gialai.dvcbot.kb.store;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.redis.RedisKeys;

/** The one-stop desks editors keep, versioned like the entries. */
@Configuration(proxyBeanMethods = false)
public class RedisDeskConfiguration {

    @Bean
    RedisDeskRecords deskRecords(StringRedisTemplate redis, RedisKeys keys, Clock clock, RedisKnowledgeBaseStore audit) {
        return new RedisDeskRecords(redis, keys, clock, audit);
    }
}
