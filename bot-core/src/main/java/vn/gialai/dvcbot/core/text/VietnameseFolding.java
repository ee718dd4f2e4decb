package vn.gialai.dvcbot.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text to a diacritic-free, lower-case form so that "Hướng dẫn", "huong dan" and
 * decomposed (NFD) input compare equal. đ has no Unicode decomposition, so it is mapped by hand.
 */
public final class VietnameseFolding {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private VietnameseFolding() {
    }

    /** Lower case without diacritics; punctuation and spacing are kept. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return stripped.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** {@link #fold} with every run of non-letters and non-digits turned into one space, trimmed. */
    public static String foldWords(String text) {
        return NON_WORD.matcher(fold(text)).replaceAll(" ").strip();
    }
}
