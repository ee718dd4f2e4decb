package vn.gialai.dvcbot.kb.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of a dialogue evaluation: turns handled right, follow-ups that opened the right section of the right
 * entry, and turns answered with a wrong entry.
 */
public record DialogueSummary(int dialogues, int turns, double right, int followUps, double followUpsRight,
        double wrong) {

    public static DialogueSummary of(List<DialogueOutcome> outcomes) {
        List<DialogueOutcome> followUps = outcomes.stream().filter(DialogueOutcome::followUp).toList();
        return new DialogueSummary((int) outcomes.stream().map(o -> o.dialogue().id()).distinct().count(),
                outcomes.size(), share(outcomes.stream().filter(DialogueOutcome::right).count(), outcomes.size()),
                followUps.size(), share(followUps.stream().filter(DialogueOutcome::right).count(), followUps.size()),
                share(outcomes.stream().filter(DialogueOutcome::wrong).count(), outcomes.size()));
    }

    /** A summary per dialogue tag, the standard tags first. */
    public static Map<String, DialogueSummary> byTag(List<DialogueOutcome> outcomes) {
        Map<String, List<DialogueOutcome>> groups = new LinkedHashMap<>();
        for (String tag : Summary.TAGS) {
            if (!tag.equals("oos")) {
                groups.put(tag, new ArrayList<>());
            }
        }
        outcomes.forEach(o -> groups.computeIfAbsent(o.dialogue().tag(), t -> new ArrayList<>()).add(o));
        Map<String, DialogueSummary> summaries = new LinkedHashMap<>();
        groups.forEach((tag, group) -> summaries.put(tag, of(group)));
        return summaries;
    }

    /** One line, e.g. {@code dialogues=14 turns=40 right=0.950 followups=22 followups_right=0.955 wrong=0.000}. */
    public String describe() {
        return String.format(Locale.ROOT, "dialogues=%d turns=%d right=%.3f followups=%d followups_right=%.3f wrong=%.3f",
                dialogues, turns, right, followUps, followUpsRight, wrong);
    }

    private static double share(long count, int of) {
        return of == 0 ? 0 : (double) count / of;
    }
}
