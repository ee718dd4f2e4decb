package vn.gialai.dvcbot.kb.matching;

import java.util.ArrayList;
import java.util.Comparator;
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
 *
 * <p>Built once per trained matcher ({@link #learn} for every text, then {@link #freeze}); restoring runs for every
 * message, so words are numbered and pairs are looked up by number, not by joined strings.
 */
final class DiacriticRestorer {

    /** Folded word → its accented spellings with counts, while learning. */
    private final Map<String, Map<String, Integer>> learnt = new HashMap<>();
    private final Map<String, Integer> spellingIds = new HashMap<>();
    private final Map<String, Integer> foldedIds = new HashMap<>();
    /** (accented word, accented word that follows) and (accented word, folded word that follows) → count. */
    private final Map<Long, Integer> followers = new HashMap<>();
    private final Map<Long, Integer> foldedFollowers = new HashMap<>();
    /** By folded id: its spellings, most frequent first, their ids and counts. */
    private String[][] spellings = new String[0][];
    private int[][] ids = new int[0][];
    private int[][] counts = new int[0][];

    /** Learns one text of the knowledge base: its accented tokens and their folded forms, aligned. */
    void learn(List<String> accented, List<String> folded) {
        for (int i = 0; i < accented.size(); i++) {
            learnt.computeIfAbsent(folded.get(i), f -> new HashMap<>()).merge(accented.get(i), 1, Integer::sum);
            int spelling = spellingIds.computeIfAbsent(accented.get(i), s -> spellingIds.size());
            foldedIds.computeIfAbsent(folded.get(i), f -> foldedIds.size());
            if (i > 0) {
                int before = spellingIds.get(accented.get(i - 1));
                followers.merge(key(before, spelling), 1, Integer::sum);
                foldedFollowers.merge(key(before, foldedIds.get(folded.get(i))), 1, Integer::sum);
            }
        }
    }

    /** Ends learning: the spellings of each folded word as arrays, most frequent first. */
    void freeze() {
        spellings = new String[foldedIds.size()][];
        ids = new int[foldedIds.size()][];
        counts = new int[foldedIds.size()][];
        learnt.forEach((folded, byCount) -> {
            int f = foldedIds.get(folded);
            List<Map.Entry<String, Integer>> order = new ArrayList<>(byCount.entrySet());
            order.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()));
            spellings[f] = order.stream().map(Map.Entry::getKey).toArray(String[]::new);
            ids[f] = order.stream().mapToInt(e -> spellingIds.get(e.getKey())).toArray();
            counts[f] = order.stream().mapToInt(Map.Entry::getValue).toArray();
        });
        learnt.clear();
    }

    /**
     * The tokens with diacritics restored on those that carry none or carry marks the knowledge base never puts on
     * that word; the folded forms do not change. In a message typed with diacritics elsewhere, a word the knowledge
     * base also uses without them ("cho", "con") is taken as meant.
     *
     * @param typedWithout the whole message was typed without diacritics
     */
    List<String> restore(List<String> accented, List<String> folded, boolean typedWithout) {
        int n = folded.size();
        int[] f = new int[n];
        for (int i = 0; i < n; i++) {
            f[i] = foldedIds.getOrDefault(folded.get(i), -1);
        }
        List<String> out = new ArrayList<>(n);
        int previous = -1;
        for (int i = 0; i < n; i++) {
            String token = accented.get(i);
            if (f[i] < 0 || f[i] >= spellings.length) {
                out.add(token);
                previous = -1;
                continue;
            }
            String[] candidates = spellings[f[i]];
            int typed = indexOf(candidates, token);
            // A spelling the knowledge base uses is kept, except a bare word in a message typed without diacritics.
            // A word typed with marks the knowledge base never puts on it ("kêt hôn") is a typo of the marks.
            boolean bare = token.equals(folded.get(i));
            int chosen = typed >= 0 && !(bare && typedWithout) ? typed : best(f, i, previous);
            out.add(candidates[chosen]);
            previous = ids[f[i]][chosen];
        }
        return out;
    }

    /** The spelling of word i that pairs best with the restored word before and the folded word after. */
    private int best(int[] f, int i, int previous) {
        int[] candidateIds = ids[f[i]];
        if (candidateIds.length == 1) {
            return 0;
        }
        int next = i + 1 < f.length ? f[i + 1] : -1;
        int best = 0;
        long bestScore = -1;
        for (int k = 0; k < candidateIds.length; k++) {
            long support = (previous < 0 ? 0 : followers.getOrDefault(key(previous, candidateIds[k]), 0))
                    + (next < 0 ? 0 : foldedFollowers.getOrDefault(key(candidateIds[k], next), 0));
            // Candidates come most frequent first, so a tie keeps the more frequent one.
            long score = support * 1_000_000L + counts[f[i]][k];
            if (score > bestScore) {
                best = k;
                bestScore = score;
            }
        }
        return best;
    }

    private static int indexOf(String[] candidates, String token) {
        for (int k = 0; k < candidates.length; k++) {
            if (candidates[k].equals(token)) {
                return k;
            }
        }
        return -1;
    }

    private static long key(int first, int second) {
        return ((long) first << 32) | (second & 0xffffffffL);
    }
}
