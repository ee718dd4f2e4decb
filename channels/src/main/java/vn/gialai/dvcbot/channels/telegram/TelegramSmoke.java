package vn.gialai.dvcbot.channels.telegram;

import java.io.PrintStream;
import java.time.Instant;
import java.util.function.Function;
import org.telegram.telegrambots.meta.api.objects.WebhookInfo;

/**
 * {@code telegram smoke}: checks the bot token ({@code getMe}) and where Telegram delivers updates
 * ({@code getWebhookInfo}) against the configured mode, printing each step in plain words. Changes nothing.
 */
public final class TelegramSmoke {

    private final Function<String, String> env;
    private final PrintStream out;

    private TelegramSmoke(Function<String, String> env, PrintStream out) {
        this.env = env;
        this.out = out;
    }

    /** Returns 0 when every check passed, 1 otherwise. */
    public static int run(Function<String, String> env, PrintStream out) {
        return new TelegramSmoke(env, out).run();
    }

    private int run() {
        String token = setting("TELEGRAM_BOT_TOKEN", "");
        if (token.isEmpty()) {
            out.println("FAILED  Settings: TELEGRAM_BOT_TOKEN is not set (the channel stays off)");
            return done(false);
        }
        TelegramApi api = new TelegramApi(token, setting("TELEGRAM_API_BASE_URL", "https://api.telegram.org"));
        TelegramApi.Result<String> me = api.whoAmI();
        if (!me.ok()) {
            out.println("FAILED  getMe: Telegram refused the token: " + me.failure().description()
                    + ". Check TELEGRAM_BOT_TOKEN (BotFather /token, or /revoke gave a new one)");
            return done(false);
        }
        out.println("OK      getMe: the token works; the bot is " + me.value());
        TelegramApi.Result<WebhookInfo> info = api.webhookInfo();
        if (!info.ok()) {
            out.println("FAILED  getWebhookInfo: " + info.failure().description());
            return done(false);
        }
        return done(webhook(info.value()));
    }

    /** Whether where Telegram sends updates fits the mode the bot runs in. */
    private boolean webhook(WebhookInfo info) {
        String url = info.getUrl() == null ? "" : info.getUrl();
        boolean webhookMode = "webhook".equalsIgnoreCase(setting("TELEGRAM_MODE", "polling"));
        String pending = " (" + (info.getPendingUpdatesCount() == null ? 0 : info.getPendingUpdatesCount())
                + " updates waiting)";
        if (info.getLastErrorDate() != null && info.getLastErrorDate() > 0) {
            out.println("WARNING getWebhookInfo: Telegram's last error delivering to the webhook, at "
                    + Instant.ofEpochSecond(info.getLastErrorDate()) + ": " + info.getLastErrorMessage());
        }
        if (webhookMode && url.isEmpty()) {
            out.println("FAILED  getWebhookInfo: TELEGRAM_MODE=webhook but no webhook is set" + pending
                    + "; set DVC_PUBLIC_BASE_URL and restart, or call setWebhook (docs/telegram.md)");
            return false;
        }
        if (webhookMode) {
            out.println("OK      getWebhookInfo: updates go to " + url + pending);
            return true;
        }
        out.println(url.isEmpty() ? "OK      getWebhookInfo: no webhook set, as long polling needs" + pending
                : "INFO    getWebhookInfo: a webhook is set (" + url + "); the bot removes it when it starts polling");
        return true;
    }

    private int done(boolean passed) {
        out.println(passed ? "Smoke test passed." : "Smoke test FAILED: see the lines above.");
        return passed ? 0 : 1;
    }

    private String setting(String name, String fallback) {
        String value = env.apply(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
