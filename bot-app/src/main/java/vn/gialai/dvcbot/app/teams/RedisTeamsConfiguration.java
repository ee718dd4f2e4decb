package vn.gialai.dvcbot.app.teams;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.core.handoff.HandoffSettings;
import vn.gialai.dvcbot.core.redis.RedisKeys;

@Configuration(proxyBeanMethods = false)
class RedisTeamsConfiguration {

    /** One store for the console, citizens' answers (TeamSessions) and the handoff's hours (TeamDuty). */
    @Bean
    RedisTeams teams(StringRedisTemplate redis, RedisKeys keys, Clock clock, HandoffSettings settings) {
        // The list itself, not the Communes bean, which is built with the answers that read these teams.
        return new RedisTeams(redis, keys, Communes.bundled(), clock, settings.zone());
    }
}
