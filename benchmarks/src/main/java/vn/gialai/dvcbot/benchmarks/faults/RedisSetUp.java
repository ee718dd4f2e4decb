package vn.gialai.dvcbot.benchmarks.faults;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Redis an app instance runs on, from the distribution's redis-server: one server with an append-only file
 * fsynced on every write, a primary with two replicas and three sentinels, or a cluster of three primaries and
 * three replicas ({@code redis-cli --cluster create}). The embedded set-up starts nothing: each app runs its own.
 */
final class RedisSetUp implements AutoCloseable {

    enum Kind { EMBEDDED, SERVER, SENTINEL, CLUSTER }

    static final String MASTER = "dvc";

    private final Kind kind;
    private final Path dir;
    private final int firstPort;
    private final Map<Integer, List<String>> commands = new HashMap<>();
    private final Map<Integer, Process> running = new HashMap<>();
    private final List<Integer> dataPorts = new ArrayList<>();
    private final List<Integer> sentinelPorts = new ArrayList<>();

    private RedisSetUp(Kind kind, Path dir, int firstPort) {
        this.kind = kind;
        this.dir = dir;
        this.firstPort = firstPort;
    }

    static RedisSetUp start(Kind kind, Path dir, int firstPort) throws Exception {
        RedisSetUp setUp = new RedisSetUp(kind, dir, firstPort);
        switch (kind) {
            case EMBEDDED -> { }
            case SERVER -> setUp.dataNode(firstPort);
            case SENTINEL -> setUp.sentinels();
            case CLUSTER -> setUp.cluster();
        }
        return setUp;
    }

    Kind kind() {
        return kind;
    }

    /** The environment that points an app instance at this Redis (empty: the embedded Redis). */
    Map<String, String> environment() {
        String sentinels = sentinelPorts.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
        String nodes = dataPorts.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
        return switch (kind) {
            case EMBEDDED -> Map.of();
            case SERVER -> Map.of("REDIS_URL", "redis://127.0.0.1:" + firstPort + "/0");
            case SENTINEL -> Map.of("DVC_REDIS_SENTINEL_MASTER", MASTER, "DVC_REDIS_SENTINEL_NODES", sentinels,
                    "DVC_REDIS_ACKNOWLEDGE_REPLICAS", "1");
            case CLUSTER -> Map.of("DVC_REDIS_CLUSTER_NODES", nodes);
        };
    }

    /** The port of the node that holds the primary now (the first node for one server). */
    int primary() throws IOException {
        if (kind == Kind.SENTINEL) {
            String answer = command(sentinelPorts.get(0), "SENTINEL", "GET-MASTER-ADDR-BY-NAME", MASTER);
            String[] lines = answer.split("\r\n");
            return Integer.parseInt(lines[lines.length - 1]);
        }
        return dataPorts.get(0);
    }

    void kill(int port) throws InterruptedException {
        Process process = running.remove(port);
        process.destroyForcibly();
        process.waitFor();
    }

    /** Starts a killed node again with its own files (its append-only file). */
    void restart(int port) throws Exception {
        launch(port, commands.get(port));
    }

    private void dataNode(int port, String... extra) throws Exception {
        Path data = Files.createDirectories(dir.resolve("redis-" + port));
        List<String> command = new ArrayList<>(List.of("redis-server", "--port", Integer.toString(port), "--bind",
                "127.0.0.1", "--dir", data.toString(), "--appendonly", "yes", "--appendfsync", "always",
                "--save", "", "--logfile", data.resolve("redis.log").toString()));
        command.addAll(List.of(extra));
        dataPorts.add(port);
        launch(port, command);
    }

    private void sentinels() throws Exception {
        dataNode(firstPort);
        dataNode(firstPort + 1, "--replicaof", "127.0.0.1", Integer.toString(firstPort));
        dataNode(firstPort + 2, "--replicaof", "127.0.0.1", Integer.toString(firstPort));
        for (int port = firstPort + 10; port < firstPort + 13; port++) {
            Path data = Files.createDirectories(dir.resolve("sentinel-" + port));
            Path conf = data.resolve("sentinel.conf");
            Files.writeString(conf, String.join("\n", "port " + port, "bind 127.0.0.1", "dir " + data,
                    "logfile " + data.resolve("sentinel.log"),
                    "sentinel monitor " + MASTER + " 127.0.0.1 " + firstPort + " 2",
                    "sentinel down-after-milliseconds " + MASTER + " 1000",
                    "sentinel failover-timeout " + MASTER + " 5000", ""));
            sentinelPorts.add(port);
            launch(port, List.of("redis-server", conf.toString(), "--sentinel"));
        }
        awaitUntil("the sentinels see both replicas", () ->
                command(sentinelPorts.get(0), "INFO", "sentinel").contains("slaves=2,sentinels=3"));
    }

    private void cluster() throws Exception {
        for (int port = firstPort; port < firstPort + 6; port++) {
            dataNode(port, "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf",
                    "--cluster-node-timeout", "2000");
        }
        List<String> create = new ArrayList<>(List.of("redis-cli", "--cluster", "create"));
        dataPorts.forEach(port -> create.add("127.0.0.1:" + port));
        create.addAll(List.of("--cluster-replicas", "1", "--cluster-yes"));
        Process process = new ProcessBuilder(create).redirectErrorStream(true)
                .redirectOutput(dir.resolve("cluster-create.log").toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("redis-cli --cluster create failed; see " + dir.resolve("cluster-create.log"));
        }
        for (int port : dataPorts) {
            awaitUntil("cluster ok on " + port, () -> command(port, "CLUSTER", "INFO").contains("cluster_state:ok"));
        }
    }

    private void launch(int port, List<String> command) throws Exception {
        commands.put(port, command);
        running.put(port, new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("redis-" + port + ".out").toFile()).start());
        awaitUntil("redis on " + port, () -> command(port, "PING").contains("PONG"));
    }

    /** One command over a plain socket in RESP; the raw answer (enough for PING, INFO and the sentinel's address). */
    static String command(int port, String... words) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(3000);
            StringBuilder out = new StringBuilder("*" + words.length + "\r\n");
            for (String word : words) {
                out.append('$').append(word.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(word)
                        .append("\r\n");
            }
            socket.getOutputStream().write(out.toString().getBytes(StandardCharsets.UTF_8));
            byte[] buffer = new byte[65536];
            int read = socket.getInputStream().read(buffer);
            return read < 0 ? "" : new String(buffer, 0, read, StandardCharsets.UTF_8);
        }
    }

    interface Check {
        boolean holds() throws Exception;
    }

    static void awaitUntil(String what, Check check) throws InterruptedException {
        awaitUntil(what, java.time.Duration.ofSeconds(60), check);
    }

    static void awaitUntil(String what, java.time.Duration timeout, Check check) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (System.currentTimeMillis() < deadline) {
            try {
                if (check.holds()) {
                    return;
                }
            } catch (Exception notYet) {
                // keep waiting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Timed out waiting until " + what);
    }

    @Override
    public void close() throws InterruptedException {
        for (Process process : running.values()) {
            process.destroyForcibly();
            process.waitFor();
        }
        running.clear();
    }
}
