package vn.gialai.dvcbot.channels.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.redis.RedisKeys;
import vn.gialai.dvcbot.core.testing.SettableClock;
import vn.gialai.dvcbot.core.testing.TestRedis;

/** When a channel counts as deaf, on a real Redis with a settable clock. */
class ChannelWatchIntegrationTests {

    private final LettuceConnectionFactory factory = TestRedis.connectionFactory();
    private final StringRedisTemplate redis = TestRedis.template(factory);
    private final String prefix = TestRedis.uniquePrefix();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-04T08:00:00Z"));
    private final ChannelAlerts alerts = RedisChannelHealthConfiguration.alerts(redis, new RedisKeys(prefix), clock);
    private final ChannelWatch zalo = alerts.watch("zalo", Duration.ofHours(24));

    @AfterEach
    void cleanUp() {
        TestRedis.deleteKeys(redis, prefix);
        factory.destroy();
    }

    @Test
    void nothingAcceptedForLongerThanTheQuietLimitWhileOnIsDegradedUntilAnEventArrives() {
        assertThat(zalo.problem()).isEmpty();

        clock.advance(Duration.ofHours(25));

        assertThat(zalo.problem()).hasValueSatisfying(p -> assertThat(p.english()).startsWith("no event accepted for 25 h"));
        assertThat(alerts.alerts()).containsExactly("Kênh Zalo OA: không nhận được tin nào trong 25 giờ qua. Hãy kiểm "
                + "tra địa chỉ webhook và các sự kiện đã chọn trên trang của nền tảng. Chi tiết ở trang /admin/zalo.");
        zalo.accepted();
        assertThat(zalo.problem()).isEmpty();
        assertThat(alerts.alerts()).isEmpty();
    }

    @Test
    void threeRefusalsInARowAreDegradedTwoAreNotAndTheHealthNamesTheLastOne() {
        zalo.refused(Refusal.SIGNATURE, "invalid X-ZEvent-Signature");
        zalo.refused(Refusal.STALE, "timestamp in the future; check this server's clock");
        assertThat(zalo.problem()).isEmpty();

        zalo.refused(Refusal.STALE, "timestamp in the future; check this server's clock");
        Health health = zalo.health(Health.up()).build();

        assertThat(health.getStatus()).isEqualTo(ChannelWatch.DEGRADED);
        assertThat(health.getDetails()).containsEntry("lastRefusal", "STALE: timestamp in the future; check this server's clock")
                .containsEntry("lastAcceptedEventAt", "never");
        assertThat(health.getDetails().get("refusedByReason")).hasToString("{signature=1, app_id=0, stale=2, malformed=0}");
    }

    @Test
    void aWebhookThatCouldNotBeSetIsDegradedUntilItIsSet() {
        ChannelWatch telegram = alerts.watch("telegram", Duration.ZERO);
        clock.advance(Duration.ofDays(30));

        telegram.setupProblem("setWebhook to https://bot.example/webhooks/telegram failed: Unauthorized");

        assertThat(alerts.alerts()).contains("Kênh Telegram: không đăng ký được webhook với nền tảng (setWebhook to "
                + "https://bot.example/webhooks/telegram failed: Unauthorized). Chi tiết ở /actuator/health (mục telegram).");
        telegram.setupProblem(null);
        telegram.delivered();
        assertThat(telegram.problem()).as("a zero quiet limit never alerts").isEmpty();
        assertThat(telegram.details().get("lastDeliveredAt")).isEqualTo(clock.instant().toString());
    }
}
