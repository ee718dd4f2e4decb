package vn.gialai.dvcbot.app.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import redis.embedded.RedisServer;
import vn.gialai.dvcbot.DvcBotApplication;
import vn.gialai.dvcbot.core.testing.TestRedis;
import vn.gialai.dvcbot.testing.Http;

/**
 * While Redis is unreachable the web chat answers 503 with a clear message and health is DOWN; when Redis
 * comes back the app works again by itself, and nothing half-written is left behind.
 */
class RedisOutageIntegrationTests {

    @TempDir
    Path redisDir;
    private RedisServer redis;
    private ConfigurableApplicationContext app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (redis != null && redis.isActive()) {
            redis.stop();
        }
    }

    @Test
    void theAppSays503WhileRedisIsDownAndRecoversOnItsOwn() throws Exception {
        int port = TestRedis.freePort();
        redis = startRedis(port);
        app = new SpringApplicationBuilder(DvcBotApplication.class).run("--server.port=0",
                "--spring.data.redis.url=redis://127.0.0.1:" + port, "--dvc.redis.command-timeout=1s");
        Http http = new Http(((WebServerApplicationContext) app).getWebServer().getPort());
        String session = http.post("/api/webchat/sessions", "").json().get("sessionId").asString();
        String messages = "/api/webchat/sessions/" + session + "/messages";

        redis.stop();

        Http.Response duringOutage = http.post(messages, Http.json(Map.of("text", "khai sinh")));
        assertThat(duringOutage.status()).isEqualTo(503);
        assertThat(duringOutage.json().get("error").asString()).isEqualTo("unavailable");
        assertThat(duringOutage.json().get("message").asString()).contains("tạm gián đoạn");
        Http.Response health = http.get("/actuator/health");
        assertThat(health.status()).as(health.body()).isEqualTo(503);
        assertThat(http.get("/actuator/health").json().get("status").asString()).isEqualTo("DOWN");
        assertThat(http.get("/actuator/health/core").status()).as("the container probe group").isEqualTo(503);

        redis = startRedis(port);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> http.get("/actuator/health").status() == 200);
        assertThat(http.get("/actuator/health/core").status()).isEqualTo(200);
        // Health checks on a connection of its own; the shared connection the web chat uses may reconnect later.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> http.get(messages).status() == 200);
        Http.Response afterRecovery = http.post(messages, Http.json(Map.of("text", "làm giấy khai sinh cho con")));
        assertThat(afterRecovery.status()).isEqualTo(200);
        assertThat(afterRecovery.json().get("replies").get(0).get("entryId").asString())
                .isEqualTo("birth-registration");
        assertThat(http.get(messages).json().get("messages")).extracting(m -> m.get("seq").asLong())
                .containsExactly(1L, 2L, 3L);
    }

    private RedisServer startRedis(int port) throws Exception {
        return TestRedis.startServer(port, redisDir, true);
    }
}
