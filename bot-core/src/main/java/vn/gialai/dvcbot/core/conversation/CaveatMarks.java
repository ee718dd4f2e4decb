package vn.gialai.dvcbot.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.gialai.dvcbot.core.answers.AnswerEntry;
import vn.gialai.dvcbot.core.answers.AnswerEntry.Caveat;

/**
 * Marks the sentences and lines an entry flags as not yet confirmed, so the warning sits where the doubtful
 * detail stands and an answer with nothing doubtful carries none.
 */
final class CaveatMarks {

    static final String MARK = "(*)";

    private final List<Caveat> caveats;

    CaveatMarks(AnswerEntry entry) {
        this.caveats = entry.unverified();
    }

    /** A text field with a mark after each flagged sentence (after the whole text when no words are given). */
    String text(String field, String text) {
        String marked = text;
        for (Caveat caveat : caveats) {
            if (caveat.field().equals(field) && !marked.isBlank()) {
                marked = markSentence(marked, caveat.about());
            }
        }
        return marked;
    }

    /** A list field with a mark at the end of each flagged line. */
    List<String> lines(String field, List<String> lines) {
        List<String> marked = new ArrayList<>();
        for (String line : lines) {
            boolean flagged = caveats.stream().anyMatch(c -> c.field().equals(field)
                    && (c.about().isEmpty() || indexOf(line, c.about()) >= 0));
            marked.add(flagged ? markSentence(line, "") : line);
        }
        return marked;
    }

    static boolean hasMark(String text) {
        return text.contains(MARK);
    }

    private static String markSentence(String text, String about) {
        int from = 0;
        if (!about.isEmpty()) {
            int at = indexOf(text, about);
            if (at < 0) {
                return text;
            }
            from = at + about.length();
        }
        int end = about.isEmpty() ? text.length() : sentenceEnd(text, from);
        int insertAt = end;
        while (insertAt > 0 && ".;!?".indexOf(text.charAt(insertAt - 1)) >= 0) {
            insertAt--;
        }
        String before = text.substring(0, insertAt).stripTrailing();
        if (before.endsWith(MARK)) {
            return text;
        }
        return before + " " + MARK + text.substring(insertAt);
    }

    /** The end of the sentence holding {@code from}: after its full stop (not a dot inside "70.000"). */
    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean last = i + 1 == text.length();
            if (".;!?".indexOf(c) >= 0 && (last || Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static int indexOf(String text, String words) {
        return text.toLowerCase(Locale.ROOT).indexOf(words.toLowerCase(Locale.ROOT));
    }
}
