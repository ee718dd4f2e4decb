package vn.gialai.dvcbot.app.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;
import vn.gialai.dvcbot.channels.telegram.TelegramSmoke;

/** {@code telegram smoke}: checks the Telegram bot token and webhook with the TELEGRAM_* settings. */
final class TelegramSmokeCommand implements Command {

    private final Function<String, String> env;

    TelegramSmokeCommand(Function<String, String> env) {
        this.env = env;
    }

    @Override
    public List<String> words() {
        return List.of("telegram", "smoke");
    }

    @Override
    public String usage() {
        return "telegram smoke          check the Telegram bot: getMe, getWebhookInfo";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            err.println("Usage: telegram smoke");
            return 2;
        }
        return TelegramSmoke.run(env, out);
    }
}
