package vn.gialai.dvcbot.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The application jar in its own JVM, with a fresh embedded Redis in the given folder. */
final class AppProcess implements AutoCloseable {

    private final Process process;
    private final String baseUrl;

    private AppProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    static AppProcess start(LoadSettings settings, Map<String, String> environment) throws IOException {
        Path redisDir = settings.workDir().resolve("redis");
        deleteRecursively(redisDir);
        Files.createDirectories(redisDir);
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(settings.jvmArgs());
        command.addAll(List.of("-jar", settings.jar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(settings.workDir().resolve("app.log").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("ZALO_") || name.startsWith("TELEGRAM_")
                || name.equals("REDIS_URL"));
        builder.environment().putAll(environment);
        // Every simulated citizen comes from this one address: the limits per address and session are raised far
        // beyond what the run sends, so they are checked on every request (as in production) but never refuse.
        String webChatLimit = settings.webChatLimits() ? "100000000/1m" : "0/1m";
        builder.environment().put("DVC_LIMITS_RATE_WEB_CHAT_SESSIONS_PER_ADDRESS", webChatLimit);
        builder.environment().put("DVC_LIMITS_RATE_WEB_CHAT_MESSAGES_PER_ADDRESS", webChatLimit);
        builder.environment().put("DVC_LIMITS_RATE_WEB_CHAT_MESSAGES_PER_SESSION", webChatLimit);
        builder.environment().put("DVC_LIMITS_RATE_TICKETS_PER_ADDRESS", "0/1m");
        builder.environment().put("SERVER_PORT", Integer.toString(settings.appPort()));
        builder.environment().put("DVC_EMBEDDED_REDIS_PORT", Integer.toString(settings.redisPort()));
        builder.environment().put("DVC_EMBEDDED_REDIS_DIR", redisDir.toString());
        Process process = builder.start();
        // An interrupted run must not leave the app (and its Redis) running on the shared machine.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        return new AppProcess(process, "http://127.0.0.1:" + settings.appPort());
    }

    String baseUrl() {
        return baseUrl;
    }

    long pid() {
        return process.pid();
    }

    /** Waits until the app answers its liveness probe and a new web chat session gets its greeting. */
    void awaitReady(HttpClient http, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped while starting; see its log");
            }
            try {
                HttpResponse<String> live = http.send(HttpRequest.newBuilder(URI.create(baseUrl
                        + "/actuator/health/liveness")).build(), HttpResponse.BodyHandlers.ofString());
                if (live.statusCode() == 200 && new WebChatClient(http, baseUrl).openSession() != null) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The app was not ready within " + timeout);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
