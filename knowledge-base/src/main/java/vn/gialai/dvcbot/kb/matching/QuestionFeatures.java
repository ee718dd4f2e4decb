package vn.gialai.dvcbot.kb.matching;

import java.util.ArrayList;
import java.util.List;
import vn.gialai.dvcbot.kb.normalize.Abbreviations;
import vn.gialai.dvcbot.kb.normalize.VietnameseText;

/**
 * Syllable unigrams and bigrams of a text in both its accented and its folded form. Accented features keep
 * precision when a citizen types diacritics; folded ones carry the many who do not.
 */
final class QuestionFeatures {

    private QuestionFeatures() {
    }

    /** Accented tokens after abbreviation expansion. */
    static List<String> tokens(String text, Abbreviations abbreviations) {
        return VietnameseText.expandedTokens(text, abbreviations);
    }

    static List<String> folded(List<String> tokens) {
        return tokens.stream().map(VietnameseText::fold).toList();
    }

    /** The model's features: "a:" accented and "f:" folded unigrams, "A:"/"F:" bigrams. */
    static List<String> of(List<String> accented, List<String> folded) {
        List<String> features = new ArrayList<>(accented.size() * 4);
        for (int i = 0; i < accented.size(); i++) {
            features.add("f:" + folded.get(i));
            if (!accented.get(i).equals(folded.get(i))) {
                features.add("a:" + accented.get(i));
            }
            if (i > 0) {
                features.add("F:" + folded.get(i - 1) + "_" + folded.get(i));
                if (!(accented.get(i - 1) + accented.get(i)).equals(folded.get(i - 1) + folded.get(i))) {
                    features.add("A:" + accented.get(i - 1) + "_" + accented.get(i));
                }
            }
        }
        return features;
    }

    /** Folded unigrams and bigrams: the lexical side, which ignores diacritics on purpose. */
    static List<String> lexical(List<String> folded) {
        List<String> terms = new ArrayList<>(folded.size() * 2);
        for (int i = 0; i < folded.size(); i++) {
            terms.add(folded.get(i));
            if (i > 0) {
                terms.add(folded.get(i - 1) + "_" + folded.get(i));
            }
        }
        return terms;
    }
}
