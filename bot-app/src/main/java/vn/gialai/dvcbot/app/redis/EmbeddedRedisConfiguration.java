package vn.gialai.dvcbot.app.redis;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Starts the embedded Redis and points the app at it, unless a Redis URL is configured. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.data.redis.url:}'.isBlank()")
@EnableConfigurationProperties(EmbeddedRedisSettings.class)
class EmbeddedRedisConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedRedis embeddedRedis(EmbeddedRedisSettings settings) {
        return EmbeddedRedis.start(settings);
    }

    @Bean
    DataRedisConnectionDetails embeddedRedisConnectionDetails(EmbeddedRedis redis) {
        int port = redis.port();
        return new DataRedisConnectionDetails() {
            @Override
            public Standalone getStandalone() {
                return Standalone.of("127.0.0.1", port);
            }
        };
    }
}
