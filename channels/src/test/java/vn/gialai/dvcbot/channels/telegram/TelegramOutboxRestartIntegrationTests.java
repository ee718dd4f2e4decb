package vn.gialai.dvcbot.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import tools.jackson.databind.JsonNode;
import vn.gialai.dvcbot.core.conversation.ConversationEngine;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.testing.TestRedis;

/** A reply Telegram could not take before the app stopped is delivered by the next start, once. */
class TelegramOutboxRestartIntegrationTests {

    private final WireMockServer telegram = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private final String prefix = TestRedis.uniquePrefix();

    @AfterEach
    void cleanUp() {
        telegram.stop();
        LettuceConnectionFactory factory = TestRedis.connectionFactory();
        TestRedis.deleteKeys(TestRedis.template(factory), prefix);
        factory.destroy();
    }

    @Test
    void anOutboxMessageSurvivesAnAppRestart() {
        telegram.start();
        TelegramFixtures.acceptEverything(telegram);
        TelegramFixtures.failSends(telegram, 502);
        String chat = TelegramFixtures.fresh("private_text").chatId();

        try (ConfigurableApplicationContext first = start()) {
            first.getBean(ConversationEngine.class).submit(InboundMessage.text(
                    TelegramInbound.key(Long.parseLong(chat)), "tg-restart-1", "làm giấy khai sinh cho con ở đâu"));
            await().atMost(Duration.ofSeconds(15)).until(() -> !TelegramFixtures.calls(telegram, "sendMessage").isEmpty());
        }
        telegram.resetAll();
        TelegramFixtures.acceptEverything(telegram);

        try (ConfigurableApplicationContext second = start()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> !TelegramFixtures.sentTo(telegram, chat).isEmpty());
            second.getBean(ConversationEngine.class).submit(InboundMessage.text(
                    TelegramInbound.key(Long.parseLong(chat)), "tg-restart-marker", "menu"));
            List<JsonNode> beforeMarker = TelegramFixtures.sentBeforeMarker(telegram, chat);
            assertThat(beforeMarker).hasSize(1);
            assertThat(beforeMarker.get(0).path("text").asString()).startsWith("Đăng ký khai sinh");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TelegramTestApplication.class)
                .properties(TelegramSpringProperties.args(telegram, prefix, "polling"))
                .properties("server.port=0")
                .run();
    }
}
