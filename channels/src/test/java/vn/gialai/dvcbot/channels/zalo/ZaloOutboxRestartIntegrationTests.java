package vn.gialai.dvcbot.channels.zalo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.gialai.dvcbot.channels.zalo.ZaloFixtures.acceptSends;
import static vn.gialai.dvcbot.channels.zalo.ZaloFixtures.sent;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import tools.jackson.databind.JsonNode;
import vn.gialai.dvcbot.core.testing.TestRedis;

/** A reply Zalo could not take before the app stopped is delivered by the next start, once. */
class ZaloOutboxRestartIntegrationTests {

    private final WireMockServer zalo = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private final String prefix = TestRedis.uniquePrefix();

    @AfterEach
    void cleanUp() {
        zalo.stop();
        LettuceConnectionFactory factory = TestRedis.connectionFactory();
        TestRedis.deleteKeys(TestRedis.template(factory), prefix);
        factory.destroy();
    }

    @Test
    void anOutboxMessageSurvivesAnAppRestart() {
        zalo.start();
        zalo.stubFor(post(urlPathEqualTo(ZaloFixtures.SEND)).willReturn(aResponse().withStatus(503)));
        String user = ZaloWebhookClient.newUser();

        try (ConfigurableApplicationContext first = start()) {
            assertThat(new ZaloWebhookClient(port(first)).postSigned(ZaloWebhookClient.event("user_send_text", user))
                    .statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(15)).until(() -> !sent(zalo).isEmpty());
        }
        zalo.resetAll();
        acceptSends(zalo);

        try (ConfigurableApplicationContext second = start()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> !sent(zalo).isEmpty());
            List<JsonNode> beforeMarker = new ZaloWebhookClient(port(second)).sentBeforeMarker(zalo, user);
            assertThat(beforeMarker).hasSize(1);
            assertThat(sent(zalo)).hasSize(2);
            assertThat(beforeMarker.get(0).path("message").path("text").asString()).startsWith("Đăng ký khai sinh");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ZaloTestApplication.class)
                .properties(ZaloSpringProperties.of(zalo, prefix).entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new))
                .properties("server.port=0")
                .run();
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
