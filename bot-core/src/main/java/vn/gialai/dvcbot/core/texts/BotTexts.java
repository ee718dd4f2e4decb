package vn.gialai.dvcbot.core.texts;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gialai.dvcbot.core.text.VietnameseFolding;

/**
 * One consistent set of the bot's own words: the knowledge base's wording where it has a usable one, else the
 * code's default. A wording that would break a reply (blank, or without the placeholders the code fills) is
 * never used, even if it slipped past validation, so a mistake in the data cannot silence the bot.
 */
public final class BotTexts {

    /** The code's own wording for every text. */
    public static final BotTexts DEFAULTS = new BotTexts(new EnumMap<>(BotText.class));

    /** A placeholder with the space before it, which goes when the placeholder is left empty. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(\\s?)\\{([a-z]+)}");

    private final Map<BotText, String> wording;
    /** Each phrase list folded once per set, as {@link #says} compares. */
    private final Map<BotText, Set<String>> phrases = new EnumMap<>(BotText.class);

    private BotTexts(Map<BotText, String> wording) {
        this.wording = wording;
        for (BotText text : BotText.values()) {
            if (text.form() == BotText.Form.PHRASES) {
                phrases.put(text, BotText.foldedPhrases(get(text)));
            }
        }
    }

    /**
     * The wording of the knowledge base, by key; unknown keys and unusable wording are left out (validation reports
     * them to editors).
     */
    public static BotTexts of(Map<String, String> byKey) {
        Map<BotText, String> usable = new EnumMap<>(BotText.class);
        byKey.forEach((key, text) -> BotText.byKey(key)
                .filter(t -> t.problemWith(text).isEmpty())
                .ifPresent(t -> usable.put(t, text.strip())));
        return new BotTexts(usable);
    }

    /** The wording of a text without placeholders (or with them left as they are). */
    public String get(BotText text) {
        return wording.getOrDefault(text, text.defaultText());
    }

    /**
     * The wording with its placeholders filled: {@code format(CONFIRM, "title", "Đăng ký khai sinh")}. A value
     * left empty drops its placeholder together with the space before it, so an optional sentence such as
     * {@code {position}} leaves no gap.
     */
    public String format(BotText text, Object... namesAndValues) {
        return fill(get(text), namesAndValues);
    }

    /** Fills the placeholders of any wording as {@link #format} does (editors' previews of a draft). */
    public static String fill(String wording, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Names and values come in pairs: " + namesAndValues.length);
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(String.valueOf(namesAndValues[i]), String.valueOf(namesAndValues[i + 1]));
        }
        // One pass, so a value the citizen typed that looks like a placeholder is never filled in turn.
        Matcher m = PLACEHOLDER.matcher(wording);
        StringBuilder result = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(2));
            String replacement = value == null ? m.group() : value.isEmpty() ? "" : m.group(1) + value;
            m.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(result);
        return result.toString().strip();
    }

    /**
     * Whether a citizen's whole message is one of the phrases of a list ({@link BotText.Form#PHRASES}), compared
     * without diacritics, case or punctuation: "Hủy!" is "huy".
     */
    public boolean says(BotText list, String message) {
        Set<String> known = phrases.get(list);
        if (known == null) {
            throw new IllegalArgumentException(list.key() + " is not a list of phrases");
        }
        return known.contains(VietnameseFolding.foldWords(message));
    }

    /** Whether the knowledge base words this text itself (for the editor's list). */
    public boolean edited(BotText text) {
        return wording.containsKey(text);
    }
}
