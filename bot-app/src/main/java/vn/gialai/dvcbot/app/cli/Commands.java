package vn.gialai.dvcbot.app.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * Picks the command named by the first arguments. Arguments that do not name a command (none, or Spring
 * options such as {@code --server.port=9090}) start the application instead.
 */
public final class Commands {

    private final List<Command> commands;

    Commands(List<Command> commands) {
        this.commands = List.copyOf(commands);
    }

    public static Commands standard() {
        return new Commands(List.of(
                new KbValidateCommand(java.time.Clock.systemDefaultZone()),
                new KbDocsCommand(),
                new EvalCommand(),
                new ZaloSmokeCommand(System::getenv),
                new TelegramSmokeCommand(System::getenv)));
    }

    /** Runs the matching command and returns its exit code; empty when the application should start. */
    public OptionalInt run(String[] args, PrintStream out, PrintStream err) {
        List<String> words = Arrays.asList(args);
        if (words.isEmpty() || words.get(0).startsWith("-")) {
            return OptionalInt.empty();
        }
        for (Command command : commands) {
            List<String> selector = command.words();
            if (words.size() >= selector.size() && words.subList(0, selector.size()).equals(selector)) {
                return OptionalInt.of(command.run(words.subList(selector.size(), words.size()), out, err));
            }
        }
        err.println("Unknown command: " + String.join(" ", words));
        err.println("Usage: java -jar dvc-bot.jar [command]; without a command the bot starts. Commands:");
        commands.forEach(c -> err.println("  " + c.usage()));
        return OptionalInt.of(2);
    }
}
