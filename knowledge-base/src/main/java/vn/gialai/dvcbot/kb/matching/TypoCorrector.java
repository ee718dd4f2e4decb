package vn.gialai.dvcbot.kb.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces a folded syllable the knowledge base never uses by the closest one it does ("mac" → "mat"), found
 * through shared character trigrams and confirmed by an edit distance of one. Known syllables are left alone.
 */
final class TypoCorrector {

    private final Map<String, Integer> frequency;
    private final Map<String, List<String>> byTrigram = new HashMap<>();

    TypoCorrector(Map<String, Integer> frequency) {
        this.frequency = Map.copyOf(frequency);
        for (String word : this.frequency.keySet()) {
            for (String gram : trigrams(word)) {
                byTrigram.computeIfAbsent(gram, g -> new ArrayList<>()).add(word);
            }
        }
    }

    boolean knows(String word) {
        return frequency.containsKey(word);
    }

    /** The word itself when known, or too short to guess; else its best known neighbour, if any. */
    String correct(String word) {
        if (knows(word) || word.length() < 3 || word.chars().anyMatch(Character::isDigit)) {
            return word;
        }
        String best = word;
        int bestFrequency = 0;
        Set<String> seen = new java.util.HashSet<>();
        for (String gram : trigrams(word)) {
            for (String candidate : byTrigram.getOrDefault(gram, List.of())) {
                if (seen.add(candidate) && withinOneEdit(word, candidate)) {
                    int f = frequency.get(candidate);
                    if (f > bestFrequency || (f == bestFrequency && candidate.compareTo(best) < 0)) {
                        best = candidate;
                        bestFrequency = f;
                    }
                }
            }
        }
        return best;
    }

    private static List<String> trigrams(String word) {
        String padded = "^" + word + "$";
        List<String> grams = new ArrayList<>();
        for (int i = 0; i + 3 <= padded.length(); i++) {
            grams.add(padded.substring(i, i + 3));
        }
        return grams;
    }

    /** One substitution, insertion, deletion or swap of neighbours. */
    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }
}
