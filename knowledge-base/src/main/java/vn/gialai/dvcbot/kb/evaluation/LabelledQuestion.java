package vn.gialai.dvcbot.kb.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One line of an evaluation file: {@code question<TAB>expected[<TAB>tag...]}. {@code expected} is an entry id,
 * ids joined by "|", or "-" when the bot should not answer from the knowledge base (then {@code ids} is empty).
 */
public record LabelledQuestion(String question, String expected, Set<String> ids, String tag) {

    /** Questions at least this many syllables long also count under the tag "long". */
    static final int LONG_WORDS = 15;

    public LabelledQuestion {
        ids = Set.copyOf(ids);
    }

    public boolean outOfScope() {
        return ids.isEmpty();
    }

    /** The tags the summary counts this question under: its own and, for a long question, "long". */
    List<String> tags() {
        List<String> tags = new ArrayList<>();
        if (tag != null && !tag.isBlank()) {
            tags.add(tag);
        }
        if (question.strip().split("\\s+").length >= LONG_WORDS && !tags.contains("long")) {
            tags.add("long");
        }
        return tags;
    }

    /** Parses the lines of a file; blank lines and lines starting with "#" are skipped. */
    public static List<LabelledQuestion> parse(List<String> lines) {
        List<LabelledQuestion> questions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length < 2 || fields[0].isBlank() || fields[1].isBlank()) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected \"question<TAB>expected[<TAB>tag]\"");
            }
            String expected = fields[1].strip();
            Set<String> ids = expected.equals("-") ? Set.of()
                    : Arrays.stream(expected.split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
                            .collect(Collectors.toSet());
            questions.add(new LabelledQuestion(fields[0], expected, ids, fields.length > 2 ? fields[2].strip() : ""));
        }
        return questions;
    }
}
