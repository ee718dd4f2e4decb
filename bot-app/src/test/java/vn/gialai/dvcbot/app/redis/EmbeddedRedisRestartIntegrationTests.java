package vn.gialai.dvcbot.app.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import vn.gialai.dvcbot.DvcBotApplication;
import vn.gialai.dvcbot.core.testing.TestRedis;
import vn.gialai.dvcbot.testing.Http;

/**
 * Without a Redis URL the app runs its own Redis with an append-only file: stopping and starting the app
 * keeps the conversation, and the choices of the last reply still work.
 */
class EmbeddedRedisRestartIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void aConversationSurvivesARestartOfTheAppAndItsEmbeddedRedis() throws Exception {
        int redisPort = TestRedis.freePort();
        String sessionId;
        try (ConfigurableApplicationContext first = start(redisPort)) {
            Http http = http(first);
            sessionId = http.post("/api/webchat/sessions", "").json().get("sessionId").asString();
            http.post("/api/webchat/sessions/" + sessionId + "/messages", Http.json(Map.of("text", "làm giấy khai sinh cho con")));
        }

        try (ConfigurableApplicationContext second = start(redisPort)) {
            Http http = http(second);
            Http.Response picked = http.post("/api/webchat/sessions/" + sessionId + "/messages",
                    Http.json(Map.of("text", "1")));

            assertThat(picked.status()).isEqualTo(200);
            JsonNode reply = picked.json().get("replies").get(0);
            assertThat(reply.get("text").asString()).startsWith("Đăng ký khai sinh – Các bước");
            assertThat(http.get("/api/webchat/sessions/" + sessionId + "/messages").json().get("messages"))
                    .hasSize(5);
        }
    }

    private ConfigurableApplicationContext start(int redisPort) {
        return new SpringApplicationBuilder(DvcBotApplication.class).run("--server.port=0",
                "--spring.data.redis.url=", "--dvc.embedded-redis.dir=" + dataDir,
                "--dvc.embedded-redis.port=" + redisPort);
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
