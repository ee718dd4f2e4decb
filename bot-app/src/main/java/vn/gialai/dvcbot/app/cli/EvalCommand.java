package vn.gialai.dvcbot.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import vn.gialai.dvcbot.core.answers.MatchResult.ScoredEntry;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.catalog.KnowledgeBaseCatalog;
import vn.gialai.dvcbot.kb.evaluation.DialogueOutcome;
import vn.gialai.dvcbot.kb.evaluation.Evaluation;
import vn.gialai.dvcbot.kb.evaluation.LabelledDialogue;
import vn.gialai.dvcbot.kb.evaluation.LabelledQuestion;
import vn.gialai.dvcbot.kb.evaluation.Outcome;
import vn.gialai.dvcbot.kb.matching.BlendedMatcher;
import vn.gialai.dvcbot.kb.matching.MatcherFactory;
import vn.gialai.dvcbot.kb.matching.MatchingSettings;
import vn.gialai.dvcbot.kb.matching.QuestionMatcher;

/**
 * {@code eval FILE.tsv [--dialogues DIALOGUES.tsv] [--kb DIR]} (contracts §3): one JSON object per question, then a
 * "#" summary line with the overall and per-tag figures; with {@code --dialogues}, one JSON object per dialogue turn
 * (played through the dialogue rules, context included) and a "# dialogues" summary line. Trains the matcher in-process; needs neither Redis nor the network.
 */
final class EvalCommand implements Command {

    private static final String USAGE = "Usage: eval [FILE.tsv] [--dialogues DIALOGUES.tsv] [--kb DIR]";

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public List<String> words() {
        return List.of("eval");
    }

    @Override
    public String usage() {
        return "eval [FILE.tsv] [--dialogues FILE] [--kb DIR]  match labelled questions and dialogues; JSON lines and summaries";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> kb = new ArrayList<>();
        String file = null;
        String dialogueFile = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--kb") && i + 1 < args.size()) {
                kb.add(args.get(++i));
            } else if (args.get(i).equals("--dialogues") && i + 1 < args.size() && dialogueFile == null) {
                dialogueFile = args.get(++i);
            } else if (file == null && !args.get(i).startsWith("--")) {
                file = args.get(i);
            } else {
                err.println(USAGE);
                return 2;
            }
        }
        if (file == null && dialogueFile == null) {
            err.println(USAGE);
            return 2;
        }
        List<LabelledQuestion> questions = List.of();
        List<LabelledDialogue> dialogues = List.of();
        ContentLoader.Loaded loaded;
        String reading = file;
        try {
            if (file != null) {
                questions = LabelledQuestion.parse(Files.readAllLines(Path.of(file), StandardCharsets.UTF_8));
            }
            reading = dialogueFile;
            if (dialogueFile != null) {
                dialogues = LabelledDialogue.parse(Files.readAllLines(Path.of(dialogueFile), StandardCharsets.UTF_8));
            }
            loaded = ContentSource.load(kb);
        } catch (IOException e) {
            err.println("Cannot read " + reading + ": " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println(reading + ": " + e.getMessage());
            return 2;
        }
        loaded.problems().forEach(p -> err.println("warning: " + p));
        MatcherFactory factory = BlendedMatcher.factory(MatchingSettings.DEFAULTS);
        if (file != null) {
            QuestionMatcher matcher = factory.build(loaded.content());
            List<Outcome> outcomes = Evaluation.run(matcher, questions);
            outcomes.forEach(o -> out.println(json.writeValueAsString(line(o))));
            out.println(Evaluation.summaryLine(outcomes));
        }
        if (dialogueFile != null) {
            List<DialogueOutcome> outcomes = Evaluation.run(new KnowledgeBaseCatalog(factory, loaded.content()),
                    dialogues);
            outcomes.forEach(o -> out.println(json.writeValueAsString(line(o))));
            out.println(Evaluation.dialogueSummaryLine(outcomes));
        }
        return 0;
    }

    private static Map<String, Object> line(DialogueOutcome outcome) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("dialogue", outcome.dialogue().id());
        line.put("tag", outcome.dialogue().tag());
        line.put("question", outcome.turn().text());
        line.put("expected", outcome.turn().expected());
        line.put("decision", outcome.step().decision());
        line.put("entry", outcome.step().entryId());
        line.put("section", outcome.step().section());
        line.put("choices", outcome.step().choices());
        line.put("right", outcome.right());
        return line;
    }

    private static Map<String, Object> line(Outcome outcome) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("question", outcome.question().question());
        line.put("expected", outcome.question().expected());
        line.put("decision", outcome.result().decision().name().toLowerCase(Locale.ROOT));
        List<Map<String, Object>> top = new ArrayList<>();
        for (ScoredEntry scored : outcome.result().top()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", scored.id());
            item.put("score", scored.score());
            top.add(item);
        }
        line.put("top", top);
        line.put("choices", outcome.result().choices());
        return line;
    }
}
