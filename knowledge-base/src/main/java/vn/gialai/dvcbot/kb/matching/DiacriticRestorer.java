package vn.gialai.dvcbot.kb.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the diacritics back on words typed without them, from the knowledge base's own accented words and word
 * pairs, so a question typed without diacritics earns the same accented features as the same question typed with
 * them (the categorizer learnt from accented text; folded features alone leave its probability flatter, and such
 * questions were confirmed or fell back three times as often). For each folded word the accented spellings the
 * knowledge base uses are the candidates; the one that pairs with the word before (already restored) and the word
 * after wins, then the most frequent. A word the knowledge base never uses stays as typed.
 */
final class DiacriticRestorer {

    private final Map<String, Map<String, Integer>> spellings = new HashMap<>();
    private final Map<String, Integer> pairs = new HashMap<>();

    /** Learns one text of the knowledge base: its accented tokens and their folded forms, aligned. */
    void learn(List<String> accented, List<String> folded) {
        for (int i = 0; i < accented.size(); i++) {
            spellings.computeIfAbsent(folded.get(i), f -> new HashMap<>()).merge(accented.get(i), 1, Integer::sum);
            if (i > 0) {
                pairs.merge(accented.get(i - 1) + " " + accented.get(i), 1, Integer::sum);
                pairs.merge(accented.get(i - 1) + ">" + folded.get(i), 1, Integer::sum);
            }
        }
    }

    /**
     * The tokens with diacritics restored on those that carry none or carry marks the knowledge base never puts on
     * that word; the folded forms do not change. In a message typed with diacritics elsewhere, a word the knowledge
     * base also uses without them ("cho", "con") is taken as meant.
     *
     * @param typedWithout the whole message was typed without diacritics
     */
    List<String> restore(List<String> accented, List<String> folded, boolean typedWithout) {
        List<String> out = new ArrayList<>(accented.size());
        for (int i = 0; i < accented.size(); i++) {
            String token = accented.get(i);
            Map<String, Integer> candidates = spellings.get(folded.get(i));
            // A spelling the knowledge base uses is kept, except a bare word in a message typed without diacritics.
            // A word typed with marks the knowledge base never puts on it ("kêt hôn") is a typo of the marks.
            boolean bare = token.equals(folded.get(i));
            if (candidates == null || (candidates.containsKey(token) && !(bare && typedWithout))) {
                out.add(token);
                continue;
            }
            String previous = out.isEmpty() ? null : out.get(out.size() - 1);
            String next = i + 1 < folded.size() ? folded.get(i + 1) : null;
            String best = token;
            long bestScore = -1;
            for (Map.Entry<String, Integer> candidate : candidates.entrySet()) {
                String spelling = candidate.getKey();
                long support = (previous == null ? 0 : pairs.getOrDefault(previous + " " + spelling, 0))
                        + (next == null ? 0 : pairs.getOrDefault(spelling + ">" + next, 0));
                long score = support * 1_000_000L + candidate.getValue();
                if (score > bestScore || (score == bestScore && spelling.compareTo(best) < 0)) {
                    best = spelling;
                    bestScore = score;
                }
            }
            out.add(best);
        }
        return out;
    }
}
