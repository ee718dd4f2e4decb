package vn.gialai.dvcbot.core.redis;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code DVC_REDIS_SENTINEL_MASTER} or {@code DVC_REDIS_CLUSTER_NODES} set, the app connects to that
 * Sentinel-watched primary or that Cluster instead of {@code REDIS_URL} (and starts no embedded Redis).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(RedisTopologyConfiguration.SENTINEL_OR_CLUSTER)
public class RedisTopologyConfiguration {

    /** True when Sentinel or Cluster addresses are configured. */
    public static final String SENTINEL_OR_CLUSTER =
            "!'${dvc.redis.sentinel.master:}${dvc.redis.cluster.nodes:}'.trim().isEmpty()";

    @Bean
    DataRedisConnectionDetails redisTopology(RedisSettings settings) {
        return new RedisTopology(settings);
    }
}
