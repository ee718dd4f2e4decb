package vn.gialai.dvcbot.app.redis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The embedded Redis starts only for a local trial: not with REDIS_URL, Sentinel or Cluster addresses. */
class EmbeddedRedisConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(EmbeddedRedisConfiguration.class);

    @Test
    void aRedisUrlMeansNoEmbeddedRedis() {
        runner.withPropertyValues("spring.data.redis.url=redis://127.0.0.1:6379/0")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedRedis.class));
    }

    @Test
    void sentinelAddressesMeanNoEmbeddedRedis() {
        runner.withPropertyValues("dvc.redis.sentinel.master=dvc", "dvc.redis.sentinel.nodes=10.0.0.1:26379")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedRedis.class));
    }

    @Test
    void clusterNodesMeanNoEmbeddedRedis() {
        runner.withPropertyValues("dvc.redis.cluster.nodes=10.0.0.1:7000,10.0.0.2:7000")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedRedis.class));
    }
}
