package vn.gialai.dvcbot.app.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The app on a primary and two replicas watched by three sentinels, acknowledging messages once a replica has
 * them: when the primary dies (SIGKILL), the sentinels promote a replica, the app follows it and answers again
 * (the other replica confirms new messages), and what was acknowledged before is still there.
 */
class RedisSentinelIntegrationTests {

    private static final String MASTER = "dvc";

    private RedisProcesses redis;
    private TopologyApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        redis.close();
    }

    @Test
    void afterThePrimaryIsKilledTheAppAnswersFromThePromotedReplicaWithTheConversationKept() throws Exception {
        redis = new RedisProcesses();
        int primary = redis.server();
        int replica = redis.server("--replicaof", "127.0.0.1", Integer.toString(primary));
        int otherReplica = redis.server("--replicaof", "127.0.0.1", Integer.toString(primary));
        List<Integer> sentinels = List.of(redis.sentinel(MASTER, primary), redis.sentinel(MASTER, primary),
                redis.sentinel(MASTER, primary));
        await("the sentinels see the replica").atMost(Duration.ofSeconds(30)).until(() ->
                RedisProcesses.on(sentinels.get(0), r -> r.info("sentinel")).contains("slaves=2,sentinels=3"));
        app = TopologyApp.start("--dvc.redis.sentinel.master=" + MASTER, "--dvc.redis.sentinel.nodes="
                + sentinels.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(",")),
                "--dvc.redis.acknowledge-replicas=1");
        String session = app.newSession();
        assertThat(app.say(session, "làm giấy khai sinh cho con").status()).isEqualTo(200);
        awaitReplicaCaughtUp(primary, replica);
        awaitReplicaCaughtUp(primary, otherReplica);

        redis.kill(primary);

        await("the app answers again after the failover").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200)).until(() -> app.say(session, "1").status() == 200);
        assertThat(masterAddress(sentinels.get(0))).as("a replica was promoted")
                .matches(".*:(" + replica + "|" + otherReplica + ")");
        JsonNode transcript = app.transcript(session);
        assertThat(transcript).as("the question acknowledged before the failover").anySatisfy(message ->
                assertThat(message.get("text").asString()).isEqualTo("làm giấy khai sinh cho con"));
        assertThat(transcript.get(transcript.size() - 1).get("text").asString())
                .startsWith("Đăng ký khai sinh – Các bước");
    }

    /** Replication is asynchronous: the test kills the primary only once the replica has all of it. */
    private static void awaitReplicaCaughtUp(int primary, int replica) {
        await("the replica caught up").atMost(Duration.ofSeconds(10)).until(() -> {
            String offset = field(RedisProcesses.on(primary, r -> r.info("replication")), "master_repl_offset");
            return offset.equals(field(RedisProcesses.on(replica, r -> r.info("replication")), "slave_repl_offset"));
        });
    }

    private static String field(String info, String name) {
        return info.lines().filter(line -> line.startsWith(name + ":")).map(line -> line.substring(name.length() + 1))
                .findFirst().orElse("");
    }

    private static String masterAddress(int sentinel) {
        RedisClient client = RedisClient.create(RedisURI.create("127.0.0.1", sentinel));
        try (var connection = client.connectSentinel()) {
            var address = (java.net.InetSocketAddress) connection.sync().getMasterAddrByName(MASTER);
            return address.getHostString() + ":" + address.getPort();
        } finally {
            client.shutdown();
        }
    }
}
