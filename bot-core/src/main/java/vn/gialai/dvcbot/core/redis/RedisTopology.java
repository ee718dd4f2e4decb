package vn.gialai.dvcbot.core.redis;

import java.util.List;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;

/** Where Spring Boot's Lettuce set-up finds a Sentinel-watched primary or a Cluster (RedisSettings). */
record RedisTopology(RedisSettings settings) implements DataRedisConnectionDetails {

    @Override
    public String getPassword() {
        return blankToNull(settings.password());
    }

    @Override
    public Sentinel getSentinel() {
        RedisSettings.Sentinel sentinel = settings.sentinel();
        if (sentinel.master().isBlank()) {
            return null;
        }
        List<Node> nodes = nodes(sentinel.nodes(), "DVC_REDIS_SENTINEL_NODES");
        return new Sentinel() {
            @Override
            public int getDatabase() {
                return 0;
            }

            @Override
            public String getMaster() {
                return sentinel.master();
            }

            @Override
            public List<Node> getNodes() {
                return nodes;
            }

            @Override
            public String getUsername() {
                return null;
            }

            @Override
            public String getPassword() {
                return blankToNull(sentinel.password());
            }
        };
    }

    @Override
    public Cluster getCluster() {
        if (settings.cluster().nodes().isEmpty()) {
            return null;
        }
        List<Node> nodes = nodes(settings.cluster().nodes(), "DVC_REDIS_CLUSTER_NODES");
        return () -> nodes;
    }

    static List<Node> nodes(List<String> addresses, String setting) {
        return addresses.stream().map(String::trim).filter(a -> !a.isEmpty()).map(address -> {
            int colon = address.lastIndexOf(':');
            try {
                return new Node(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(setting + ": expected host:port, got " + address, e);
            }
        }).toList();
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
