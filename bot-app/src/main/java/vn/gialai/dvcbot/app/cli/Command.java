package vn.gialai.dvcbot.app.cli;

import java.io.PrintStream;
import java.util.List;

/** One command-line tool. */
interface Command {

    /** The words that select it, e.g. ["kb", "validate"]. */
    List<String> words();

    /** One line for the help text. */
    String usage();

    /** Runs with the arguments after the command's words; returns the process exit code. */
    int run(List<String> args, PrintStream out, PrintStream err);
}
