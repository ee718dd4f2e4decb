package vn.gialai.dvcbot.app.cli;

import java.io.PrintStream;
import java.util.List;
import vn.gialai.dvcbot.kb.report.KnowledgeBaseTable;

/** {@code kb docs [DIR]}: prints docs/knowledge-base.md generated from the content. */
final class KbDocsCommand implements Command {

    @Override
    public List<String> words() {
        return List.of("kb", "docs");
    }

    @Override
    public String usage() {
        return "kb docs [DIR]         print the knowledge-base overview (docs/knowledge-base.md)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() > 1) {
            err.println("Usage: kb docs [DIR]");
            return 2;
        }
        try {
            out.print(KnowledgeBaseTable.markdown(ContentSource.load(args).content()));
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
    }
}
