package vn.gialai.dvcbot.channels.telegram;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import vn.gialai.dvcbot.channels.health.ChannelWatch;

/**
 * The "telegram" health: in polling mode whether this instance polls (or stands by while another does) and
 * whether its poller works; DOWN while updates cannot be fetched or handed over, so a deaf bot is noticed.
 * DEGRADED when the webhook could not be set, its recent requests were all refused, or nothing arrived for too
 * long (see {@link ChannelWatch}); always with the last accepted update, the last delivery and the refusals.
 */
final class TelegramHealthIndicator implements HealthIndicator {

    private final TelegramSettings settings;
    private final TelegramPoller poller;
    private final ChannelWatch watch;

    TelegramHealthIndicator(TelegramSettings settings, TelegramPoller poller, ChannelWatch watch) {
        this.settings = settings;
        this.poller = poller;
        this.watch = watch;
    }

    @Override
    public Health health() {
        Health.Builder health = watch.health(Health.up());
        if (poller == null) {
            return health.withDetail("mode", "webhook").withDetail("endpoint", "POST /webhooks/telegram").build();
        }
        TelegramPoller.Status status = poller.status();
        if (status.role() == TelegramPoller.Role.FAILING) {
            health.down();
        }
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
