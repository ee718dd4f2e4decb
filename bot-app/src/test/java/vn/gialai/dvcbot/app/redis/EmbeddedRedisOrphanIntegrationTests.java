package vn.gialai.dvcbot.app.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gialai.dvcbot.core.testing.TestRedis;

/**
 * An app killed with SIGKILL leaves its redis-server child running over the data folder. The next start must
 * shut that orphan down (it flushes its append-only file) and run exactly one new server on the same data,
 * never a second server over the same file.
 */
class EmbeddedRedisOrphanIntegrationTests {

    @TempDir
    Path dataDir;

    @AfterEach
    void stopLeftovers() throws Exception {
        OrphanedRedis.find(dataDir).forEach(ProcessHandle::destroy);
    }

    @Test
    void aRestartedAppShutsDownTheRedisAKilledAppLeftAndStartsOneServerOnItsData() throws Exception {
        int port = TestRedis.freePort();
        Process killedApp = startAppInItsOwnJvm(port, "citizen", "hỏi trước khi app bị giết");
        ProcessHandle orphan = ProcessHandle.of(Long.parseLong(
                Files.readString(dataDir.resolve(OrphanedRedis.PID_FILE)).trim())).orElseThrow();

        killedApp.destroyForcibly();
        assertThat(killedApp.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(orphan.isAlive()).as("the redis-server child outlives the app killed with SIGKILL").isTrue();

        try (EmbeddedRedis restarted = EmbeddedRedis.start(settings(port))) {
            assertThat(orphan.isAlive()).isFalse();
            assertThat(restarted.port()).as("the orphan's port is free again").isEqualTo(port);
            assertThat(OrphanedRedis.find(dataDir)).as("one server over the folder, not the orphan")
                    .singleElement().matches(server -> server.pid() != orphan.pid());
            assertThat(get(port, "citizen")).isEqualTo("hỏi trước khi app bị giết");
        }
    }

    @Test
    void aSecondAppCannotRunARedisOverTheFolderWhileTheFirstRuns() throws Exception {
        int port = TestRedis.freePort();
        try (EmbeddedRedis first = EmbeddedRedis.start(settings(port))) {
            assertThatThrownBy(() -> EmbeddedRedis.start(settings(TestRedis.freePort())))
                    .hasMessageContaining("Another dvc-bot runs an embedded Redis over")
                    .hasMessageContaining("DVC_EMBEDDED_REDIS_DIR");
            assertThat(OrphanedRedis.find(dataDir)).hasSize(1);
        }
    }

    @Test
    void anAppThatStopsCleanlyLeavesNoServerBehind() throws Exception {
        try (EmbeddedRedis redis = EmbeddedRedis.start(settings(TestRedis.freePort()))) {
            assertThat(OrphanedRedis.find(dataDir)).hasSize(1);
        }
        assertThat(OrphanedRedis.find(dataDir)).isEmpty();
    }

    private Process startAppInItsOwnJvm(int port, String key, String value) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                AppThatGetsKilled.class.getName(), dataDir.toString(), Integer.toString(port), key, value)
                .redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.equals("written")) {
                return process;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("The app in its own JVM ended before writing:\n" + seen);
    }

    private EmbeddedRedisSettings settings(int port) {
        return new EmbeddedRedisSettings(dataDir.toString(), port, "always", "");
    }

    private static String get(int port, String key) {
        RedisClient client = RedisClient.create("redis://127.0.0.1:" + port);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return connection.sync().get(key);
        } finally {
            client.shutdown();
        }
    }
}
