package vn.gialai.dvcbot.testing;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import vn.gialai.dvcbot.core.testing.TestRedis;

/**
 * Points an application context at the test Redis (the machine's via REDIS_URL, else an embedded one) with a
 * key prefix of its own (limits per client address off), and deletes that context's keys when it closes.
 */
public class TestRedisInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String prefix = TestRedis.uniquePrefix();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-redis", java.util.Map.of(
                "spring.data.redis.url", TestRedis.url(),
                "dvc.redis.key-prefix", prefix)));
        // Every test client is 127.0.0.1 and a context serves many test classes: limits per address are off here
        // (last, so a test's own properties win) and tested with their own settings (RateLimitsIntegrationTests).
        context.getEnvironment().getPropertySources().addLast(new MapPropertySource("test-limits", java.util.Map.of(
                "dvc.limits.rate.web-chat-sessions-per-address", "0/1m",
                "dvc.limits.rate.web-chat-messages-per-address", "0/1m",
                "dvc.limits.rate.tickets-per-address", "0/1m")));
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
