package vn.gialai.dvcbot.kb.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.gialai.dvcbot.kb.normalize.VietnameseSyllables;

/**
 * Corrects typos in a folded question against the knowledge base's own words, with the words around each one
 * as evidence (a noisy channel with the knowledge base's syllable pairs as the language model):
 * <ul>
 * <li>a word the knowledge base never uses is replaced by a known word one edit away, or one of the usual
 * Vietnamese spelling confusions away (ch/tr, s/x, d/gi/r, l/n, final n/ng, c/t, i/y — hunspell-vi's REP table),
 * preferring one that forms a known pair with a neighbour, then the most frequent; a leaked Telex tone key
 * ("giays") is dropped; two words typed together ("cancuoc") are split;</li>
 * <li>a real Vietnamese syllable (hunspell-vi list) that the knowledge base does not use, or a known word that
 * pairs with neither neighbour ("kết hôm"), is only replaced when the replacement pairs with a neighbour.</li>
 * </ul>
 */
final class TypoCorrector {

    /** Onset and rhyme confusions, both ways (folded). */
    private static final String[][] INITIALS = {{"ch", "tr"}, {"s", "x"}, {"d", "gi"}, {"d", "r"}, {"gi", "r"},
        {"l", "n"}, {"v", "d"}};
    private static final String[][] FINALS = {{"n", "ng"}, {"c", "t"}, {"nh", "n"}, {"i", "y"}};
    private static final String TELEX_TONES = "sfrxj";
    /** A vowel typed twice (â, ê, ô) or followed by w (ă, ơ, ư). */
    private static final Pattern TELEX_MARKS = Pattern.compile("([aeo])\\1|([aou])w");

    private final Map<String, Integer> frequency;
    private final Map<String, Integer> pairs;
    private final Map<String, List<String>> byTrigram = new HashMap<>();

    /**
     * @param frequency how often each folded word occurs in the knowledge base
     * @param pairs how often each folded word pair ("dang_ky") occurs in it
     */
    TypoCorrector(Map<String, Integer> frequency, Map<String, Integer> pairs) {
        this.frequency = Map.copyOf(frequency);
        this.pairs = Map.copyOf(pairs);
        for (String word : this.frequency.keySet()) {
            for (String gram : trigrams(word)) {
                byTrigram.computeIfAbsent(gram, g -> new ArrayList<>()).add(word);
            }
        }
    }

    /** Accented and folded tokens after correction, still aligned (a split word gives two of each). */
    record Corrected(List<String> accented, List<String> folded) {
    }

    boolean knows(String word) {
        return frequency.containsKey(word);
    }

    Corrected correct(List<String> accented, List<String> folded) {
        List<String> outAccented = new ArrayList<>(accented.size());
        List<String> outFolded = new ArrayList<>(folded.size());
        for (int i = 0; i < folded.size(); i++) {
            String word = folded.get(i);
            String previous = outFolded.isEmpty() ? null : outFolded.get(outFolded.size() - 1);
            String next = i + 1 < folded.size() ? folded.get(i + 1) : null;
            List<String> fixed = fix(word, previous, next);
            if (fixed.size() == 1 && fixed.get(0).equals(word)) {
                outAccented.add(accented.get(i));
                outFolded.add(word);
            } else {
                outAccented.addAll(fixed);
                outFolded.addAll(fixed);
            }
        }
        return new Corrected(outAccented, outFolded);
    }

    /** One word, alone: the best known neighbour of an unknown word, as before context was used. */
    String correct(String word) {
        return fix(word, null, null).get(0);
    }

    private List<String> fix(String word, String previous, String next) {
        if (word.length() < 2 || word.chars().anyMatch(Character::isDigit)) {
            return List.of(word);
        }
        if (knows(word)) {
            return List.of(word);
        }
        boolean needsContext = VietnameseSyllables.isSyllable(word) || word.length() < 3;
        String best = null;
        long bestScore = 0;
        for (String candidate : candidates(word)) {
            int support = support(previous, candidate, next);
            if (needsContext && support == 0) {
                continue;
            }
            long score = support * 1_000_000L + frequency.get(candidate);
            if (score > bestScore || (score == bestScore && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best != null) {
            return List.of(best);
        }
        return split(word);
    }

    /** Known words one edit, one spelling confusion or one leaked Telex key away. */
    private Set<String> candidates(String word) {
        Set<String> candidates = new LinkedHashSet<>();
        String telex = withoutTelexKeys(word);
        candidates.add(telex);
        for (int keys = 0; keys < 2 && telex.length() > 1
                && TELEX_TONES.indexOf(telex.charAt(telex.length() - 1)) >= 0; keys++) {
            telex = telex.substring(0, telex.length() - 1);
            candidates.add(telex);
        }
        for (String[] pair : INITIALS) {
            swapPrefix(word, pair[0], pair[1], candidates);
            swapPrefix(word, pair[1], pair[0], candidates);
        }
        for (String[] pair : FINALS) {
            swapSuffix(word, pair[0], pair[1], candidates);
            swapSuffix(word, pair[1], pair[0], candidates);
        }
        for (String gram : trigrams(word)) {
            for (String candidate : byTrigram.getOrDefault(gram, List.of())) {
                if (withinOneEdit(word, candidate)) {
                    candidates.add(candidate);
                }
            }
        }
        candidates.remove(word);
        candidates.removeIf(c -> !knows(c));
        return candidates;
    }

    /**
     * The word with the Telex keys that mark vowels and đ taken out ("ddawng" → "dang", "cuowc" → "cuoc"): they
     * leak into the text when the keyboard's Vietnamese input is off. Tone keys at the end are tried after.
     */
    static String withoutTelexKeys(String word) {
        return TELEX_MARKS.matcher(word.replace("dd", "d"))
                .replaceAll(m -> m.group(1) != null ? m.group(1) : m.group(2));
    }

    private static void swapPrefix(String word, String from, String to, Set<String> into) {
        if (word.startsWith(from) && !(from.equals("g") && word.startsWith("gi"))) {
            into.add(to + word.substring(from.length()));
        }
    }

    private static void swapSuffix(String word, String from, String to, Set<String> into) {
        if (word.endsWith(from) && word.length() > from.length()) {
            into.add(word.substring(0, word.length() - from.length()) + to);
        }
    }

    /** Two known words typed without the space between them, that the knowledge base uses as a pair. */
    private List<String> split(String word) {
        for (int at = 1; at < word.length(); at++) {
            String left = word.substring(0, at);
            String right = word.substring(at);
            if (pairs.containsKey(left + "_" + right)) {
                return List.of(left, right);
            }
        }
        return List.of(word);
    }

    /** How often the word pairs with its neighbours in the knowledge base. */
    private int support(String previous, String word, String next) {
        int support = 0;
        if (previous != null) {
            support += pairs.getOrDefault(previous + "_" + word, 0);
        }
        if (next != null) {
            support += pairs.getOrDefault(word + "_" + next, 0);
        }
        return support;
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
