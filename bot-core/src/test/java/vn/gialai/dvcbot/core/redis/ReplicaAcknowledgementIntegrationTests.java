package vn.gialai.dvcbot.core.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import redis.embedded.RedisServer;
import vn.gialai.dvcbot.core.conversation.ConversationInbox;
import vn.gialai.dvcbot.core.conversation.ConversationSettings;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.testing.TestRedis;

/**
 * DVC_REDIS_ACKNOWLEDGE_REPLICAS: a message is acknowledged to the platform only once a replica has it, so a
 * failover to that replica cannot lose it; with no replica to confirm, the message is refused and retried.
 */
class ReplicaAcknowledgementIntegrationTests {

    private static final ConversationKey ZALO = new ConversationKey("zalo", "replicated-1");
    private static final String PREFIX = "test:replicas:";

    private RedisServer primary;
    private RedisServer replica;
    private int replicaPort;
    private LettuceConnectionFactory factory;
    private ConversationInbox inbox;

    @BeforeEach
    void startPrimaryAndReplica() throws Exception {
        int primaryPort = TestRedis.freePort();
        replicaPort = TestRedis.freePort();
        primary = TestRedis.startServer(primaryPort, Files.createTempDirectory("dvc-primary"), false);
        replica = RedisServer.newRedisServer().port(replicaPort).setting("bind 127.0.0.1")
                .setting("dir " + Files.createTempDirectory("dvc-replica")).setting("save \"\"")
                .slaveOf("127.0.0.1", primaryPort).build();
        replica.start();
        await("the replica in sync").atMost(Duration.ofSeconds(20))
                .until(() -> info(replicaPort).contains("master_link_status:up"));
        factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", primaryPort));
        factory.afterPropertiesSet();
        factory.start();
        StringRedisTemplate redis = TestRedis.template(factory);
        inbox = TestAdapters.inboxWaitingFor(1, redis, PREFIX, ConversationSettings.defaults());
    }

    @AfterEach
    void stop() throws Exception {
        factory.destroy();
        replica.stop();
        primary.stop();
    }

    @Test
    void anAcknowledgedMessageIsAlreadyOnTheReplica() {
        assertThat(inbox.accept(message("m-1"))).isTrue();

        assertThat(onReplica(PREFIX + "conv:{" + ZALO.id() + "}:inbox")).singleElement()
                .asString().contains("Cho hỏi làm căn cước");
    }

    @Test
    void withoutAReplicaToConfirmItTheMessageIsRefusedSoThePlatformRetries() throws Exception {
        replica.stop();

        assertThatThrownBy(() -> inbox.accept(message("m-2"))).isInstanceOf(QueryTimeoutException.class)
                .hasMessageContaining("Only 0 of 1 Redis replicas confirmed");
    }

    private static InboundMessage message(String id) {
        return InboundMessage.text(ZALO, id, "Cho hỏi làm căn cước");
    }

    private List<String> onReplica(String key) {
        RedisClient client = RedisClient.create("redis://127.0.0.1:" + replicaPort);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return connection.sync().lrange(key, 0, -1);
        } finally {
            client.shutdown();
        }
    }

    private static String info(int port) {
        RedisClient client = RedisClient.create("redis://127.0.0.1:" + port);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return connection.sync().info("replication");
        } finally {
            client.shutdown();
        }
    }
}
