package vn.gialai.dvcbot.channels.telegram;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The "telegram" health: in polling mode whether this instance polls (or stands by while another does) and
 * whether its poller works; DOWN while updates cannot be fetched or handed over, so a deaf bot is noticed.
 */
final class TelegramHealthIndicator implements HealthIndicator {

    private final TelegramSettings settings;
    private final TelegramPoller poller;

    TelegramHealthIndicator(TelegramSettings settings, TelegramPoller poller) {
        this.settings = settings;
        this.poller = poller;
    }

    @Override
    public Health health() {
        if (poller == null) {
            return Health.up().withDetail("mode", "webhook").withDetail("endpoint", "POST /webhooks/telegram").build();
        }
        TelegramPoller.Status status = poller.status();
        Health.Builder health = status.role() == TelegramPoller.Role.FAILING ? Health.down() : Health.up();
        health.withDetail("mode", "polling")
                .withDetail("role", switch (status.role()) {
                    case POLLING -> "this instance polls";
                    case STANDBY -> "another instance polls (this one takes over if it stops)";
                    case FAILING -> "polling is failing; the watchdog retries every " + settings.watchdogInterval();
                })
                .withDetail("restarts", status.restarts());
        if (status.role() != TelegramPoller.Role.STANDBY) {
            health.withDetail("lastPoll", status.lastPoll().toString());
        }
        if (!status.lastError().isEmpty()) {
            health.withDetail("lastError", status.lastError());
        }
        return health.build();
    }
}
