package vn.gialai.dvcbot.core.redis;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param keyPrefix every key starts with it; tests use their own so they never touch real data
 * @param commandTimeout how long one Redis command may take before the request fails (503) instead of hanging
 * @param password the data nodes' password with Sentinel or Cluster (with {@code REDIS_URL} it is in the URL)
 * @param sentinel a primary and its replicas watched by Redis Sentinel, instead of {@code REDIS_URL}
 * @param cluster a Redis Cluster, instead of {@code REDIS_URL}
 * @param acknowledgeReplicas replicas that must have an accepted message (Redis {@code WAIT}) before a platform
 *        is told it arrived; 0 acknowledges once the primary has it (docs/reliability.md)
 */
@ConfigurationProperties("dvc.redis")
public record RedisSettings(
        @DefaultValue("dvc:") String keyPrefix,
        @DefaultValue("2s") Duration commandTimeout,
        @DefaultValue("") String password,
        @DefaultValue Sentinel sentinel,
        @DefaultValue Cluster cluster,
        @DefaultValue("0") int acknowledgeReplicas) {

    public RedisSettings {
        if (!sentinel.master().isBlank() && !cluster.nodes().isEmpty()) {
            throw new IllegalArgumentException("Set either DVC_REDIS_SENTINEL_MASTER or DVC_REDIS_CLUSTER_NODES, not both");
        }
        if (!sentinel.master().isBlank() && sentinel.nodes().isEmpty()) {
            throw new IllegalArgumentException("DVC_REDIS_SENTINEL_MASTER needs DVC_REDIS_SENTINEL_NODES (host:port,…)");
        }
        if (acknowledgeReplicas > 0 && !cluster.nodes().isEmpty()) {
            throw new IllegalArgumentException("DVC_REDIS_ACKNOWLEDGE_REPLICAS works with REDIS_URL or Sentinel, not "
                    + "with a Cluster (WAIT counts the replicas of the node a connection talks to)");
        }
        if (acknowledgeReplicas < 0) {
            throw new IllegalArgumentException("DVC_REDIS_ACKNOWLEDGE_REPLICAS cannot be negative");
        }
    }

    /**
     * @param master the name the sentinels know the primary by ({@code sentinel monitor <master> …})
     * @param nodes the sentinels, {@code host:port}
     * @param password the sentinels' own password ({@code requirepass} of the sentinels), if any
     */
    public record Sentinel(@DefaultValue("") String master, @DefaultValue List<String> nodes,
            @DefaultValue("") String password) {
    }

    /** @param nodes some of the cluster's nodes, {@code host:port}; the client learns the rest */
    public record Cluster(@DefaultValue List<String> nodes) {
    }
}
