package vn.gialai.dvcbot.kb.evaluation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.gialai.dvcbot.kb.matching.QuestionMatcher;

/** Runs labelled questions through a matcher. */
public final class Evaluation {

    private Evaluation() {
    }

    public static List<Outcome> run(QuestionMatcher matcher, List<LabelledQuestion> questions) {
        return questions.stream().map(q -> new Outcome(q, matcher.match(q.question()))).toList();
    }

    /** The summary line of the eval command: overall figures, then per tag. */
    public static String summaryLine(List<Outcome> outcomes) {
        Map<String, Summary> tags = Summary.byTag(outcomes);
        return "# overall " + Summary.of(outcomes).describe() + " | " + tags.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue().describe())
                .collect(Collectors.joining(" | "));
    }
}
