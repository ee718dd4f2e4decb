package vn.gialai.dvcbot.channels.health;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.redis.RedisKeys;

/** Imported by each channel's configuration; the channels that are on register their watch. */
@Configuration(proxyBeanMethods = false)
public class RedisChannelHealthConfiguration {

    @Bean
    ChannelAlerts channelAlerts(StringRedisTemplate redis, RedisKeys keys, Clock clock) {
        return alerts(redis, keys, clock);
    }

    /** The alerts kept in this Redis (also for channels' parts wired by hand in tests). */
    public static ChannelAlerts alerts(StringRedisTemplate redis, RedisKeys keys, Clock clock) {
        return new ChannelAlerts(new RedisChannelActivity(redis, keys), clock);
    }
}
