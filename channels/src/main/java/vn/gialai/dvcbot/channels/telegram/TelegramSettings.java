package vn.gialai.dvcbot.channels.telegram;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Telegram settings ({@code dvc.telegram.*}: environment variables {@code DVC_TELEGRAM_*}, or {@code TELEGRAM_*}
 * as the README has always named them). The channel is on when the token is set.
 *
 * @param botToken the token BotFather gave
 * @param apiBaseUrl the Bot API server (a stub in tests); scheme, host and port only
 * @param mode {@code polling} (default) or {@code webhook}
 * @param webhookSecret webhook mode: the secret Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token}
 * @param volunteerChatId a group where volunteers are alerted of new handoffs; empty for none
 * @param botUsername the bot's @username, so group messages addressed to it are recognised; asked from
 *     Telegram when empty
 * @param pollTimeout how long one getUpdates call waits for news
 * @param pollerLease the lease of the one polling instance; another takes over this long after it stops
 * @param watchdogInterval how often the poller's health is checked (and the lease renewed)
 * @param quietAlertAfter the channel's health turns DEGRADED when no update arrived for this long; 0 = never
 */
@ConfigurationProperties("dvc.telegram")
record TelegramSettings(
        String botToken,
        @DefaultValue("https://api.telegram.org") String apiBaseUrl,
        @DefaultValue("polling") String mode,
        String webhookSecret,
        String volunteerChatId,
        String botUsername,
        @DefaultValue("50s") Duration pollTimeout,
        @DefaultValue("30s") Duration pollerLease,
        @DefaultValue("5s") Duration watchdogInterval,
        @DefaultValue("24h") Duration quietAlertAfter) {

    static final String CHANNEL = "telegram";

    boolean webhookMode() {
        return "webhook".equalsIgnoreCase(mode == null ? "" : mode.strip());
    }

    boolean alertsVolunteers() {
        return volunteerChatId != null && !volunteerChatId.isBlank();
    }
}
