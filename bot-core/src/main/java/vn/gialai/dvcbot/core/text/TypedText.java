package vn.gialai.dvcbot.core.text;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text people typed, made safe to keep and to show: invisible control characters (NUL and the like), bidi
 * overrides that make a message read backwards on a volunteer's screen (U+202E), byte-order marks and broken
 * surrogate halves are removed; line breaks are kept (as {@code \n}) and tabs become spaces; the rest is
 * composed (NFC), so "ế" typed as e + two marks is one character. Lengths count characters as people see them
 * (grapheme clusters): one emoji, or one letter with its marks, is one.
 */
public final class TypedText {

    /**
     * C0 and C1 controls except line feed and tab; bidi embeddings, overrides and isolates; the invisible
     * direction marks; the byte-order mark; lone surrogates. Zero-width joiners stay: emoji are built with them.
     */
    private static final Pattern UNSAFE = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF"
                    + "\\uFFF9-\\uFFFB]|\\p{Cs}");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?|[\\u0085\\u2028\\u2029]");
    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private TypedText() {
    }

    public static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        String lines = LINE_BREAKS.matcher(text).replaceAll("\n").replace('\t', ' ');
        return Normalizer.normalize(UNSAFE.matcher(lines).replaceAll(""), Normalizer.Form.NFC);
    }

    /** How many characters a person sees: "😀" and "ế" are one each. */
    public static int length(String text) {
        Matcher m = GRAPHEME.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    /** The first {@code max} characters as people see them, never cutting an emoji or a letter from its marks. */
    public static String truncate(String text, int max) {
        Matcher m = GRAPHEME.matcher(text);
        int count = 0;
        while (m.find()) {
            if (++count > max) {
                return text.substring(0, m.start());
            }
        }
        return text;
    }
}
