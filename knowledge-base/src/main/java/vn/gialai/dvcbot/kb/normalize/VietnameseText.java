package vn.gialai.dvcbot.kb.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gialai.dvcbot.core.text.VietnameseFolding;

/**
 * The canonical form of a citizen's text: NFC, lower case, old-style tone placement at the end of a syllable
 * (hoà → hòa, thuỷ → thủy, khoẻ → khỏe; both styles are in daily use), letters typed three or more times kept
 * once ("ạaaa" → "ạ"), and everything that is not a letter or digit (punctuation, emoji, control characters)
 * turned into single spaces.
 */
public final class VietnameseText {

    /** Questions longer than this are cut: nobody asks about a procedure in more, and it bounds the work. */
    static final int MAX_CHARS = 1_000;

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NEW_STYLE_TONE = Pattern.compile("(?<![q])([ou])([\\x{0300}\\x{0301}\\x{0303}\\x{0309}\\x{0323}]?)"
            + "([aey])([\\x{0300}\\x{0301}\\x{0303}\\x{0309}\\x{0323}])(?=\\s|$)");
    private static final String VOWELS = "aeiouy";
    private static final Pattern TONE_MARKS = Pattern.compile("[\\x{0300}\\x{0301}\\x{0303}\\x{0309}\\x{0323}]");

    /** Base letters of the Latin and Vietnamese blocks, computed once: this runs for every character typed. */
    private static final int[] BASES = new int[0x2000];

    /** Each character's folded form when it is a single character (0 otherwise), computed once. */
    private static final char[] FOLDED = new char[0x2000];
    /** Toned a, e, y: only text containing one can need its tone moved. */
    private static final String TONED_FINALS = "àáảãạèéẻẽẹỳýỷỹỵ";

    static {
        for (int cp = 0; cp < BASES.length; cp++) {
            BASES[cp] = Character.isLetter(cp) ? computeBase(cp) : cp;
            String folded = VietnameseFolding.fold(Character.toString(cp));
            FOLDED[cp] = folded.length() == 1 && !Character.isSurrogate((char) cp) ? folded.charAt(0) : 0;
        }
    }

    private VietnameseText() {
    }

    /** The canonical form described above; idempotent, and NFC and NFD input give the same result. */
    public static String canonical(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String lower = Normalizer.normalize(cut, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String words = NON_WORD.matcher(lower).replaceAll(" ").strip();
        return Normalizer.normalize(oldStyleTones(collapseRepeats(words)), Normalizer.Form.NFC);
    }

    /** Diacritic-free form of a canonical token (đ → d); a table lookup per letter for the usual alphabet. */
    public static String fold(String token) {
        char[] chars = token.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= FOLDED.length || FOLDED[c] == 0) {
                return VietnameseFolding.fold(token);
            }
            chars[i] = FOLDED[c];
        }
        return new String(chars);
    }

    /** The canonical syllables of a text. */
    public static List<String> tokens(String text) {
        String canonical = canonical(text);
        return canonical.isEmpty() ? List.of() : Arrays.asList(canonical.split(" "));
    }

    /** The tokens with abbreviations expanded; an ambiguous one contributes every meaning. */
    public static List<String> expandedTokens(String text, Abbreviations abbreviations) {
        List<String> out = new ArrayList<>();
        for (String token : tokens(text)) {
            List<String> meanings = abbreviations.of(token);
            if (meanings.isEmpty()) {
                out.add(token);
            } else {
                meanings.forEach(m -> out.addAll(tokens(m)));
            }
        }
        return out;
    }

    /** Moves a syllable-final tone from the main vowel back to the glide: oà → òa, uỷ → ủy (not after q). */
    private static String oldStyleTones(String text) {
        if (text.chars().noneMatch(c -> TONED_FINALS.indexOf(c) >= 0)) {
            return text;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        Matcher m = NEW_STYLE_TONE.matcher(decomposed);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String glideTone = m.group(2);
            String replacement = glideTone.isEmpty() ? m.group(1) + m.group(4) + m.group(3) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Keeps one of three or more equal vowels, or word-final letters, in a row (comparing base letters, so
     * "ạaaa" → "ạ", "khônggg" → "không"); a leading run is an abbreviation and stays ("cccd").
     */
    private static String collapseRepeats(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int base = baseLetter(cp);
            int j = i + Character.charCount(cp);
            int run = 1;
            while (j < text.length() && Character.isLetter(cp) && baseLetter(text.codePointAt(j)) == base) {
                j += Character.charCount(text.codePointAt(j));
                run++;
            }
            boolean stretched = run >= 3 && (VOWELS.indexOf(base) >= 0 || j == text.length() || text.charAt(j) == ' ');
            out.append(stretched ? text.substring(i, i + Character.charCount(cp)) : text.substring(i, j));
            i = j;
        }
        return out.toString();
    }

    private static int baseLetter(int codePoint) {
        if (codePoint < BASES.length) {
            return BASES[codePoint];
        }
        return computeBase(codePoint);
    }

    private static int computeBase(int codePoint) {
        String folded = TONE_MARKS.matcher(Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD))
                .replaceAll("");
        String base = VietnameseFolding.fold(folded);
        return base.isEmpty() ? codePoint : base.codePointAt(0);
    }
}
