package vn.gialai.dvcbot.channels.telegram;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.gialai.dvcbot.core.testing.TestRedis;

/** The settings of a test app with the Telegram channel on, pointed at a WireMock and the test Redis. */
final class TelegramSpringProperties {

    private TelegramSpringProperties() {
    }

    static Map<String, String> of(WireMockServer telegram, String redisPrefix, String mode) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.data.redis.url", TestRedis.url());
        properties.put("dvc.redis.key-prefix", redisPrefix);
        properties.put("dvc.outbox.first-backoff", "200ms");
        properties.put("dvc.outbox.max-backoff", "1s");
        properties.put("dvc.public-base-url", "https://dvc.gialai.example");
        properties.put("dvc.telegram.bot-token", TelegramFixtures.TOKEN);
        properties.put("dvc.telegram.api-base-url", telegram.baseUrl());
        properties.put("dvc.telegram.mode", mode);
        properties.put("dvc.telegram.webhook-secret", "s3cret-Gia_Lai-2026");
        properties.put("dvc.telegram.volunteer-chat-id", TelegramFixtures.VOLUNTEER_GROUP);
        properties.put("dvc.telegram.bot-username", TelegramFixtures.USERNAME);
        properties.put("dvc.telegram.poll-timeout", "1s");
        properties.put("dvc.telegram.watchdog-interval", "200ms");
        properties.put("dvc.telegram.poller-lease", "3s");
        return properties;
    }

    static String[] args(WireMockServer telegram, String redisPrefix, String mode) {
        return of(telegram, redisPrefix, mode).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
    }
}
