package vn.gialai.dvcbot.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.gialai.dvcbot.core.outbox.OutboundChannel;
import vn.gialai.dvcbot.testing.DvcBotIntegrationTest;
import vn.gialai.dvcbot.testing.Http;

/** Without TELEGRAM_BOT_TOKEN the app starts with the Telegram channel off. */
@DvcBotIntegrationTest
class TelegramChannelOffIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void theAppRunsWithoutATelegramChannelAndItsHealthIsUp() {
        assertThat(context.getBeansOfType(OutboundChannel.class).values())
                .noneMatch(channel -> channel.channel().equals("telegram"));
        Http.Response health = new Http(port).get("/actuator/health");
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
        assertThat(health.json().path("components").has("telegram")).isFalse();
    }

    @Test
    void theWebhookIsNotThere() {
        Http.Response response = new Http(port).post("/webhooks/telegram", "{\"update_id\":1}",
                Map.of("Content-Type", "application/json", "X-Telegram-Bot-Api-Secret-Token", "anything"));
        assertThat(response.status()).isEqualTo(404);
    }
}
