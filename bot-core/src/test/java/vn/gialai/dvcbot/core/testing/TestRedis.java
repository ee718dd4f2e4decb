package vn.gialai.dvcbot.core.testing;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import redis.embedded.RedisServer;

/**
 * A real Redis for tests: the server named by {@code REDIS_URL} when set (CI uses the machine's), otherwise one
 * embedded server started once per test JVM. Tests take their own key prefix from {@link #uniquePrefix()} and
 * delete their keys afterwards with {@link #deleteKeys}.
 */
public final class TestRedis {

    private static String url;

    private TestRedis() {
    }

    /** A Redis URL tests can connect to. */
    public static synchronized String url() {
        if (url == null) {
            String configured = System.getenv("REDIS_URL");
            url = configured != null && !configured.isBlank() ? configured : startEmbedded();
        }
        return url;
    }

    public static String uniquePrefix() {
        return "test:" + UUID.randomUUID() + ":";
    }

    public static LettuceConnectionFactory connectionFactory() {
        java.net.URI uri = java.net.URI.create(url());
        RedisStandaloneConfiguration config = new RedisStandaloneConfiguration(uri.getHost(), uri.getPort());
        String path = uri.getPath();
        if (path != null && path.length() > 1) {
            config.setDatabase(Integer.parseInt(path.substring(1)));
        }
        if (uri.getUserInfo() != null) {
            String[] userInfo = uri.getUserInfo().split(":", 2);
            config.setPassword(userInfo[userInfo.length - 1]);
        }
        LettuceConnectionFactory factory = new LettuceConnectionFactory(config);
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }

    public static StringRedisTemplate template(RedisConnectionFactory factory) {
        StringRedisTemplate template = new StringRedisTemplate(factory);
        template.afterPropertiesSet();
        return template;
    }

    /** Deletes every key that starts with the prefix. */
    public static void deleteKeys(StringRedisTemplate redis, String prefix) {
        List<String> found = new ArrayList<>();
        try (Cursor<String> cursor = redis.scan(ScanOptions.scanOptions().match(prefix + "*").count(1000).build())) {
            cursor.forEachRemaining(found::add);
        }
        if (!found.isEmpty()) {
            redis.delete(found);
        }
    }

    /** Deletes the keys of a test class's prefix on a connection of its own (for {@code @AfterAll}). */
    public static void deleteKeys(String prefix) {
        LettuceConnectionFactory factory = connectionFactory();
        try {
            deleteKeys(template(factory), prefix);
        } finally {
            factory.destroy();
        }
    }

    /**
     * Waits until Redis itself reports a subscriber on the channel: the signal that a message published now
     * reaches the listener (subscribing is asynchronous).
     */
    public static void awaitSubscribed(String channel) {
        RedisClient client = RedisClient.create(url());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            org.awaitility.Awaitility.await("a subscriber on " + channel).atMost(java.time.Duration.ofSeconds(10))
                    .pollInterval(java.time.Duration.ofMillis(10))
                    .until(() -> connection.sync().pubsubNumsub(channel).getOrDefault(channel, 0L) > 0);
        } finally {
            client.shutdown();
        }
    }

    /** Starts a Redis server on the port; with {@code persistent} it keeps an append-only file in {@code dir}. */
    public static RedisServer startServer(int port, Path dir, boolean persistent) throws IOException {
        RedisServer server = RedisServer.newRedisServer()
                .port(port)
                .setting("bind 127.0.0.1")
                .setting("dir " + dir.toAbsolutePath())
                .setting(persistent ? "appendonly yes" : "appendonly no")
                .setting("appendfsync always")
                .setting("save \"\"")
                .build();
        server.start();
        return server;
    }

    private static String startEmbedded() {
        try {
            int port = freePort();
            RedisServer server = startServer(port, Files.createTempDirectory("dvc-test-redis"), false);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.stop();
                } catch (IOException ignored) {
                    // the JVM is going away anyway
                }
            }));
            return "redis://127.0.0.1:" + port;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start an embedded Redis for the tests", e);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
