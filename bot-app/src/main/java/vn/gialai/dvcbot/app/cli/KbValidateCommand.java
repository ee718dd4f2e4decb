package vn.gialai.dvcbot.app.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.content.ContentProblem;
import vn.gialai.dvcbot.kb.validation.ContentValidator;

/**
 * {@code kb validate [DIR]}: every problem of the entries and of the commune data ({@code _communes/}) on its own
 * line (file: field: reason); exit 1 when any.
 */
final class KbValidateCommand implements Command {

    private final Clock clock;

    KbValidateCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<String> words() {
        return List.of("kb", "validate");
    }

    @Override
    public String usage() {
        return "kb validate [DIR]     check the bundled knowledge base, or the content folder DIR";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() > 1) {
            err.println("Usage: kb validate [DIR]");
            return 2;
        }
        ContentLoader.Loaded loaded;
        try {
            loaded = ContentSource.load(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        List<ContentProblem> problems = new ArrayList<>(loaded.problems());
        problems.addAll(new ContentValidator(LocalDate.now(clock)).validate(loaded.content()));
        problems.addAll(ContentSource.communes(args).problems());
        problems.forEach(out::println);
        int entries = loaded.content().entries().size();
        if (problems.isEmpty()) {
            out.println("OK: " + entries + " entries and " + loaded.content().texts().size() + " bot texts in "
                    + ContentSource.describe(args) + ", no problems.");
            return 0;
        }
        out.println(problems.size() + " problem(s) in " + entries + " entries of " + ContentSource.describe(args) + ".");
        return 1;
    }
}
