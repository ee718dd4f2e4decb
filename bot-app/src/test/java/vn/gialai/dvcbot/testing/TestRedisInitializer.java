package vn.gialai.dvcbot.testing;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import vn.gialai.dvcbot.core.testing.TestRedis;

/**
 * Points an application context at the test Redis (the machine's via REDIS_URL, else an embedded one) with a
 * key prefix of its own, and deletes that context's keys when it closes.
 */
public class TestRedisInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String prefix = TestRedis.uniquePrefix();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-redis", java.util.Map.of(
                "spring.data.redis.url", TestRedis.url(),
                "dvc.redis.key-prefix", prefix)));
        context.addApplicationListener((ContextClosedEvent event) -> {
            LettuceConnectionFactory factory = TestRedis.connectionFactory();
            try {
                TestRedis.deleteKeys(TestRedis.template(factory), prefix);
            } finally {
                factory.destroy();
            }
        });
    }
}
