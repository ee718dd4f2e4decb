package vn.gialai.dvcbot.benchmarks.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One app instance: the jar in its own JVM, on the given Redis, with its Zalo channel pointed at the stand-in.
 * It can be killed with SIGKILL and started again with the same data folder (the embedded Redis's).
 */
final class AppInstance implements AutoCloseable {

    private final String name;
    private final Path jar;
    private final Path dir;
    private final int port;
    private final Map<String, String> environment;
    private Process process;

    AppInstance(String name, Path jar, Path dir, int port, int embeddedRedisPort, Map<String, String> environment) {
        this.name = name;
        this.jar = jar;
        this.dir = dir;
        this.port = port;
        Map<String, String> all = new HashMap<>(environment);
        all.put("SERVER_PORT", Integer.toString(port));
        all.put("DVC_EMBEDDED_REDIS_PORT", Integer.toString(embeddedRedisPort));
        all.put("DVC_EMBEDDED_REDIS_DIR", dir.resolve("redis").toString());
        all.put("BOT_DEMO_USERS", "false");
        this.environment = all;
    }

    String name() {
        return name;
    }

    URI webhook() {
        return URI.create("http://127.0.0.1:" + port + "/webhooks/zalo");
    }

    void start() throws IOException {
        Files.createDirectories(dir);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xms256m", "-Xmx384m", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("app.log").toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("ZALO_") || key.startsWith("TELEGRAM_")
                || key.startsWith("DVC_") || key.equals("REDIS_URL"));
        builder.environment().putAll(environment);
        process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    }

    /** Waits until the liveness probe answers; returns when (epoch ms). */
    long awaitReady(HttpClient http) throws InterruptedException {
        RedisSetUp.awaitUntil(name + " ready", Duration.ofMinutes(4), () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + dir.resolve("app.log"));
            }
            HttpResponse<Void> live = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return live.statusCode() == 200;
        });
        return System.currentTimeMillis();
    }

    /** SIGKILL: no shutdown hook, no lease released, children (an embedded redis-server) left running. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
