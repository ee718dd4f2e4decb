package vn.gialai.dvcbot.kb.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.gialai.dvcbot.core.answers.AnswerCatalog;
import vn.gialai.dvcbot.core.conversation.DialogueRehearsal;
import vn.gialai.dvcbot.kb.matching.QuestionMatcher;

/** Runs labelled questions through a matcher, and labelled dialogues through the dialogue rules. */
public final class Evaluation {

    private Evaluation() {
    }

    public static List<Outcome> run(QuestionMatcher matcher, List<LabelledQuestion> questions) {
        return questions.stream().map(q -> new Outcome(q, matcher.match(q.question()))).toList();
    }

    /** Plays each dialogue from a fresh conversation through the dialogue rules over this catalog. */
    public static List<DialogueOutcome> run(AnswerCatalog catalog, List<LabelledDialogue> dialogues) {
        List<DialogueOutcome> outcomes = new ArrayList<>();
        for (LabelledDialogue dialogue : dialogues) {
            DialogueRehearsal rehearsal = new DialogueRehearsal(catalog);
            for (LabelledDialogue.Turn turn : dialogue.turns()) {
                outcomes.add(new DialogueOutcome(dialogue, turn, rehearsal.say(turn.text())));
            }
        }
        return outcomes;
    }

    /** The summary line of the dialogues: overall, then per tag. */
    public static String dialogueSummaryLine(List<DialogueOutcome> outcomes) {
        return "# dialogues overall " + DialogueSummary.of(outcomes).describe() + " | "
                + DialogueSummary.byTag(outcomes).entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue().describe())
                        .collect(Collectors.joining(" | "));
    }

    /** The summary line of the eval command: overall figures, then per tag. */
    public static String summaryLine(List<Outcome> outcomes) {
        Map<String, Summary> tags = Summary.byTag(outcomes);
        return "# overall " + Summary.of(outcomes).describe() + " | " + tags.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue().describe())
                .collect(Collectors.joining(" | "));
    }
}
