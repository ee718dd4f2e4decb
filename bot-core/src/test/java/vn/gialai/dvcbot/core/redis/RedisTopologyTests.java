package vn.gialai.dvcbot.core.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails.Node;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Sentinel and Cluster addresses, as environment variables give them, reach Spring Boot's Lettuce set-up. */
class RedisTopologyTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RedisSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class, RedisTopologyConfiguration.class)
            .withConfiguration(AutoConfigurations.of());

    @Test
    void sentinelAddressesNameTheMasterTheSentinelsAndBothPasswords() {
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                new SystemEnvironmentPropertySource("test-systemEnvironment", Map.of("DVC_REDIS_SENTINEL_MASTER", "dvc",
                        "DVC_REDIS_SENTINEL_NODES", "10.0.0.1:26379, 10.0.0.2:26380",
                        "DVC_REDIS_SENTINEL_PASSWORD", "sentinel-secret", "DVC_REDIS_PASSWORD", "data-secret"))))
                .run(context -> {
            DataRedisConnectionDetails details = context.getBean(DataRedisConnectionDetails.class);
            assertThat(details.getSentinel().getMaster()).isEqualTo("dvc");
            assertThat(details.getSentinel().getNodes())
                    .containsExactly(new Node("10.0.0.1", 26379), new Node("10.0.0.2", 26380));
            assertThat(details.getSentinel().getPassword()).isEqualTo("sentinel-secret");
            assertThat(details.getPassword()).isEqualTo("data-secret");
            assertThat(details.getCluster()).isNull();
        });
    }

    @Test
    void clusterNodesAreReadFromACommaSeparatedList() {
        runner.withPropertyValues("dvc.redis.cluster.nodes=127.0.0.1:7000,127.0.0.1:7001").run(context -> {
            DataRedisConnectionDetails details = context.getBean(DataRedisConnectionDetails.class);
            assertThat(details.getCluster().getNodes())
                    .containsExactly(new Node("127.0.0.1", 7000), new Node("127.0.0.1", 7001));
            assertThat(details.getSentinel()).isNull();
            assertThat(details.getPassword()).isNull();
        });
    }

    @Test
    void withoutSentinelOrClusterSpringBootKeepsReadingRedisUrl() {
        runner.withPropertyValues("spring.data.redis.url=redis://127.0.0.1:6379/0")
                .run(context -> assertThat(context).doesNotHaveBean(DataRedisConnectionDetails.class));
    }

    @Test
    void sentinelAndClusterTogetherAreRefusedWithWhatToFix() {
        runner.withPropertyValues("dvc.redis.sentinel.master=dvc", "dvc.redis.sentinel.nodes=h:26379",
                "dvc.redis.cluster.nodes=h:7000").run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("not both"));
    }

    @Test
    void anAddressWithoutPortIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> RedisTopology.nodes(java.util.List.of("redis-1"), "DVC_REDIS_CLUSTER_NODES"))
                .hasMessageContaining("DVC_REDIS_CLUSTER_NODES: expected host:port, got redis-1");
    }
}
