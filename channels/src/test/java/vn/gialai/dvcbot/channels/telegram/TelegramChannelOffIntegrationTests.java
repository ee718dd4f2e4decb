package vn.gialai.dvcbot.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gialai.dvcbot.core.outbox.OutboundChannel;
import vn.gialai.dvcbot.core.testing.TestRedis;

/** Without TELEGRAM_BOT_TOKEN the app starts with the channel off: nothing polls, the webhook is 404. */
@SpringBootTest(classes = TelegramTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TelegramChannelOffIntegrationTests {

    private static final String PREFIX = TestRedis.uniquePrefix();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.url", TestRedis::url);
        registry.add("dvc.redis.key-prefix", () -> PREFIX);
    }

    @org.junit.jupiter.api.AfterAll
    static void cleanUp() {
        TestRedis.deleteKeys(PREFIX);
    }

    @Test
    void theAppRunsWithoutTheChannel() throws Exception {
        assertThat(context.getBeansOfType(TelegramPoller.class)).isEmpty();
        assertThat(context.getBeansOfType(OutboundChannel.class).values()).noneMatch(c -> c.channel().equals("telegram"));

        HttpResponse<String> webhook = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/webhooks/telegram")).POST(HttpRequest.BodyPublishers.ofString(
                "{\"update_id\":1}")).header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(webhook.statusCode()).isEqualTo(404);
    }
}
