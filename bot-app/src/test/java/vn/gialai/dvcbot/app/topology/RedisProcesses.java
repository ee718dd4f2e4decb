package vn.gialai.dvcbot.app.topology;

import static org.awaitility.Awaitility.await;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import redis.embedded.core.ExecutableProvider;
import vn.gialai.dvcbot.core.testing.TestRedis;

/**
 * Real redis-server processes on loopback for the Sentinel and Cluster tests: the distribution's redis-server
 * when installed (a current Redis 7), else the one bundled with embedded-redis, so the tests run anywhere.
 */
final class RedisProcesses implements AutoCloseable {

    private final Path base;
    private final String executable;
    private final Map<Integer, Process> byPort = new HashMap<>();

    RedisProcesses() throws IOException {
        base = Files.createTempDirectory("dvc-redis-topology");
        executable = executable();
    }

    private static String executable() throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File candidate = new File(dir, "redis-server");
            if (candidate.canExecute()) {
                return candidate.getAbsolutePath();
            }
        }
        return ExecutableProvider.newJarResourceProvider().get().getAbsolutePath();
    }

    /** A data node on a free port, answering PING when this returns. */
    int server(String... settings) throws IOException {
        int port = TestRedis.freePort();
        Path dir = Files.createDirectories(base.resolve(Integer.toString(port)));
        List<String> command = new ArrayList<>(List.of(executable, "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--dir", dir.toString(), "--save", "", "--appendonly", "no"));
        command.addAll(List.of(settings));
        start(port, command, dir);
        return port;
    }

    /** A sentinel watching the primary under {@code master} (quorum 2, down after 1 s). */
    int sentinel(String master, int primaryPort) throws IOException {
        int port = TestRedis.freePort();
        Path dir = Files.createDirectories(base.resolve("sentinel-" + port));
        Path conf = dir.resolve("sentinel.conf");
        Files.writeString(conf, String.join("\n", "port " + port, "bind 127.0.0.1", "dir " + dir,
                "sentinel monitor " + master + " 127.0.0.1 " + primaryPort + " 2",
                "sentinel down-after-milliseconds " + master + " 1000",
                "sentinel failover-timeout " + master + " 5000", ""));
        start(port, List.of(executable, conf.toString(), "--sentinel"), dir);
        return port;
    }

    /** Three primaries and three replicas, slots shared out and every node agreeing the cluster is ok. */
    List<Integer> cluster() throws IOException {
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ports.add(server("--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf",
                    "--cluster-node-timeout", "2000"));
        }
        int slots = 16384;
        for (int i = 0; i < 3; i++) {
            int from = i * slots / 3;
            int to = (i + 1) * slots / 3;
            on(ports.get(i), redis -> redis.clusterAddSlots(IntStream.range(from, to).toArray()));
        }
        for (int port : ports.subList(1, 6)) {
            on(ports.get(0), redis -> redis.clusterMeet("127.0.0.1", port));
        }
        await("every node knows the others").atMost(Duration.ofSeconds(30)).until(() -> ports.stream()
                .allMatch(port -> on(port, redis -> redis.clusterNodes().lines().count() == 6)));
        for (int i = 0; i < 3; i++) {
            String primaryId = on(ports.get(i), RedisCommands::clusterMyId);
            on(ports.get(i + 3), redis -> redis.clusterReplicate(primaryId));
        }
        await("the cluster is ok on every node").atMost(Duration.ofSeconds(30)).until(() -> ports.stream()
                .allMatch(port -> on(port, redis -> redis.clusterInfo().contains("cluster_state:ok"))));
        return ports;
    }

    /** SIGKILL, as a crash or the kernel would. */
    void kill(int port) throws InterruptedException {
        Process process = byPort.remove(port);
        process.destroyForcibly();
        process.waitFor();
    }

    static <T> T on(int port, Function<RedisCommands<String, String>, T> call) {
        RedisClient client = RedisClient.create(RedisURI.create("127.0.0.1", port));
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return call.apply(connection.sync());
        } finally {
            client.shutdown();
        }
    }

    private void start(int port, List<String> command, Path dir) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("redis.log").toFile()).start();
        byPort.put(port, process);
        await("redis on " + port).atMost(Duration.ofSeconds(20)).ignoreExceptions()
                .until(() -> "PONG".equals(on(port, RedisCommands::ping)));
    }

    @Override
    public void close() throws InterruptedException {
        for (Process process : byPort.values()) {
            process.destroyForcibly();
            process.waitFor();
        }
        byPort.clear();
    }
}
