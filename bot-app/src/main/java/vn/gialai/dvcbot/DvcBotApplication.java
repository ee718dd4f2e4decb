package vn.gialai.dvcbot;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.gialai.dvcbot.app.cli.CommandLogging;
import vn.gialai.dvcbot.app.cli.Commands;

/**
 * dvc-bot: answers citizens' questions about administrative procedures of Gia Lai province on web chat,
 * Zalo and Telegram, and hands chats over to volunteers. Started with a command (eval, kb validate) it runs
 * that tool instead, without Redis or a web server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DvcBotApplication {

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        if (args.length > 0 && !args[0].startsWith("-")) {
            CommandLogging.warningsToStandardError();
        }
        OptionalInt exitCode = Commands.standard().run(args, out, err);
        if (exitCode.isPresent()) {
            System.exit(exitCode.getAsInt());
        }
        SpringApplication.run(DvcBotApplication.class, args);
    }
}
