package vn.gialai.dvcbot.core.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.ScriptOutputType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import redis.embedded.RedisServer;
import vn.gialai.dvcbot.core.testing.TestRedis;

/**
 * Scripts go by their SHA-1 once Redis holds them; a Redis that lost its scripts (a restart, a failover to a
 * replica) gets the pipeline again by text, and every command of it runs once. On a server of its own, since the
 * test empties the server's script cache.
 */
class RedisPipelineIntegrationTests {

    private static final String INCR_BY = "return redis.call('INCRBY', KEYS[1], ARGV[1])";

    private RedisServer server;
    private LettuceConnectionFactory factory;
    private StringRedisTemplate redis;
    private RedisPipeline pipeline;

    @BeforeEach
    void start() throws Exception {
        int port = TestRedis.freePort();
        server = TestRedis.startServer(port, Files.createTempDirectory("dvc-pipeline"), false);
        factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port));
        factory.afterPropertiesSet();
        redis = TestRedis.template(factory);
        pipeline = new RedisPipeline(redis, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() throws Exception {
        factory.destroy();
        server.stop();
    }

    @Test
    void aScriptRedisForgotIsSentAgainByTextAndEachCommandRunsOnce() {
        assertThat(incrementTwice()).containsExactly(1L, 1L, 3L);
        assertThat(incrementTwice()).as("by SHA-1 now").containsExactly(0L, 4L, 6L);

        redis.execute((RedisCallback<Object>) connection -> {
            connection.scriptingCommands().scriptFlush();
            return null;
        });

        assertThat(incrementTwice()).containsExactly(0L, 7L, 9L);
        assertThat(redis.opsForValue().get("n")).isEqualTo("9");
        assertThat(redis.opsForSet().size("marks")).isEqualTo(1);
    }

    @Test
    void argumentsMayBeStringsOrUtf8Bytes() {
        List<Object> answers = pipeline.run(commands -> commands.eval("return ARGV[1] .. ARGV[2]",
                ScriptOutputType.VALUE, List.of("k"), List.of("Giấy ", "tờ".getBytes(StandardCharsets.UTF_8))));

        assertThat(answers).containsExactly("Giấy tờ");
    }

    private List<Object> incrementTwice() {
        return pipeline.run(commands -> {
            commands.sadd("marks", "a");
            commands.eval(INCR_BY, ScriptOutputType.INTEGER, List.of("n"), List.of("1"));
            commands.eval(INCR_BY, ScriptOutputType.INTEGER, List.of("n"), List.of("2"));
        });
    }
}
