package vn.gialai.dvcbot.kb.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gialai.dvcbot.kb.normalize.VietnameseSyllables;

/**
 * The names of the entries as editors wrote them (title, aliases, keywords: "đăng ký khai sinh", "sổ đỏ lần đầu",
 * "bằng lái"), folded, and which of them a question says in full. A citizen who writes a procedure's name is asking
 * about it, however little of the rest of the message the model knows; a name inside a longer name of another
 * entry that the question also says ("khai sinh" in "khai sinh quá hạn") does not count.
 */
final class EntryNames {

    /**
     * A one-word name is too often part of something else ("thuế"), unless it is a code or a borrowed word no
     * Vietnamese syllable spells ("ct07", "vneid", "passport").
     */
    static final int MIN_CODE_LENGTH = 4;

    private record Name(List<String> words, String entryId) {
    }

    private final Map<String, List<Name>> byFirstWord = new HashMap<>();

    void add(String entryId, List<String> foldedName) {
        boolean code = foldedName.size() == 1 && foldedName.get(0).length() >= MIN_CODE_LENGTH
                && !VietnameseSyllables.isSyllable(foldedName.get(0));
        if (foldedName.size() >= 2 || code) {
            byFirstWord.computeIfAbsent(foldedName.get(0), w -> new ArrayList<>())
                    .add(new Name(List.copyOf(foldedName), entryId));
        }
    }

    /** The entries the question names, in the order their names appear. */
    List<String> named(List<String> folded) {
        List<int[]> spans = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int start = 0; start < folded.size(); start++) {
            for (Name name : byFirstWord.getOrDefault(folded.get(start), List.of())) {
                int end = start + name.words().size();
                if (end <= folded.size() && folded.subList(start, end).equals(name.words())) {
                    spans.add(new int[] {start, end});
                    ids.add(name.entryId());
                }
            }
        }
        Set<String> named = new LinkedHashSet<>();
        for (int i = 0; i < spans.size(); i++) {
            if (!insideLongerNameOfAnother(i, spans, ids)) {
                named.add(ids.get(i));
            }
        }
        return List.copyOf(named);
    }

    private static boolean insideLongerNameOfAnother(int i, List<int[]> spans, List<String> ids) {
        int[] span = spans.get(i);
        for (int j = 0; j < spans.size(); j++) {
            int[] other = spans.get(j);
            if (!ids.get(j).equals(ids.get(i)) && other[0] <= span[0] && other[1] >= span[1]
                    && other[1] - other[0] > span[1] - span[0]) {
                return true;
            }
        }
        return false;
    }
}
