package vn.gialai.dvcbot.app.stats;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.conversation.ConversationSettings;
import vn.gialai.dvcbot.core.handoff.HandoffSettings;
import vn.gialai.dvcbot.core.redis.RedisKeys;

/** The day buckets' store, the only part of the statistics that talks to Redis. */
@Configuration(proxyBeanMethods = false)
class RedisStatsConfiguration {

    @Bean
    RedisStatistics redisStatistics(StringRedisTemplate redis, RedisKeys keys, StatsSettings settings,
            HandoffSettings handoff, ConversationSettings conversations, Clock clock) {
        return new RedisStatistics(redis, keys, settings.retention(), conversations.retention(), handoff.zone(),
                clock);
    }
}
