package vn.gialai.dvcbot.app.redis;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Starts the embedded Redis and points the app at it, unless a Redis URL, Sentinel or Cluster is configured. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(EmbeddedRedisConfiguration.NO_REDIS_CONFIGURED)
@EnableConfigurationProperties(EmbeddedRedisSettings.class)
public class EmbeddedRedisConfiguration {

    /** True when neither REDIS_URL nor Sentinel nor Cluster addresses are set: a local trial. */
    public static final String NO_REDIS_CONFIGURED =
            "'${spring.data.redis.url:}${dvc.redis.sentinel.master:}${dvc.redis.cluster.nodes:}'.trim().isEmpty()";

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
