package vn.gialai.dvcbot.kb.validation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.core.texts.BotText;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.content.ContentProblem;

/**
 * The rules for the bot's own words ({@code _texts.yaml}): every key is one the code uses, and, once the file
 * exists, every key the code uses is there; each wording keeps exactly the placeholders the code fills, fits one
 * bubble (a button label: a short title), is Unicode NFC and written with full diacritics.
 */
public final class BotTextRules {

    /** Shorter wordings (button labels such as "Có", "Bỏ qua") are too short to judge their diacritics. */
    private static final int MIN_WORDS_TO_JUDGE = 4;
    /** Vietnamese written with diacritics marks most syllables; a text below this share was typed without. */
    private static final double MIN_MARKED_SHARE = 0.25;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern NOT_PROSE = Pattern.compile("\\{[a-z]+}|https?://\\S+|\\S+\\.(?:vn|com)\\S*");

    private BotTextRules() {
    }

    /** Every problem of the bundled or edited texts, reported on {@code _texts.yaml}. */
    public static List<ContentProblem> check(Map<String, String> texts) {
        List<ContentProblem> problems = new ArrayList<>();
        texts.forEach((key, wording) -> problem(key, wording).ifPresent(reason ->
                problems.add(new ContentProblem(ContentLoader.TEXTS_FILE, "texts." + key, reason))));
        sharedPhrases(texts).forEach((phrase, keys) -> problems.add(new ContentProblem(ContentLoader.TEXTS_FILE,
                "texts." + keys.get(1), "câu “" + phrase + "” đã có trong " + keys.get(0)
                        + "; mỗi câu chỉ thuộc một danh sách, kẻo bot hiểu hai cách")));
        if (!texts.isEmpty()) {
            for (BotText text : BotText.values()) {
                if (!texts.containsKey(text.key())) {
                    problems.add(new ContentProblem(ContentLoader.TEXTS_FILE, "texts." + text.key(),
                            "còn thiếu (" + text.description() + "); bot đang nói lời mặc định: \""
                                    + text.defaultText() + "\""));
                }
            }
        }
        return problems;
    }

    /**
     * Phrases (folded) that two lists share, with the keys of the lists in code order; the lists the content does
     * not word count with their default phrases.
     */
    static Map<String, List<String>> sharedPhrases(Map<String, String> texts) {
        Map<String, List<String>> owners = new LinkedHashMap<>();
        for (BotText list : BotText.values()) {
            if (list.form() != BotText.Form.PHRASES) {
                continue;
            }
            String wording = texts.getOrDefault(list.key(), list.defaultText());
            if (list.problemWith(wording).isPresent()) {
                continue;
            }
            BotText.foldedPhrases(wording).forEach(p -> owners.computeIfAbsent(p, k -> new ArrayList<>()).add(list.key()));
        }
        owners.values().removeIf(keys -> keys.size() < 2);
        return owners;
    }

    /** Why one wording cannot be published under this key, in Vietnamese for editors; empty when it can. */
    public static Optional<String> problem(String key, String wording) {
        Optional<BotText> text = BotText.byKey(key);
        if (text.isEmpty()) {
            return Optional.of("không có văn bản nào mang mã \"" + key + "\"" + closest(key)
                    .map(k -> "; có phải \"" + k + "\"?").orElse(""));
        }
        Optional<String> broken = text.get().problemWith(wording);
        if (broken.isPresent()) {
            return broken;
        }
        if (!Normalizer.isNormalized(wording, Normalizer.Form.NFC)) {
            return Optional.of("không ở dạng Unicode dựng sẵn (NFC); gõ lại hoặc lưu tệp dạng NFC");
        }
        if (text.get() == BotText.MENU_PHRASES
                && !BotText.foldedPhrases(wording).containsAll(java.util.Set.of("menu", "huong dan"))) {
            return Optional.of("cần giữ câu “menu” và “hướng dẫn”: lệnh /help của Telegram gửi “hướng dẫn”");
        }
        if (text.get().form() != BotText.Form.PHRASES && lacksDiacritics(wording)) {
            return Optional.of("viết thiếu dấu; bà con đọc lời của bot cần đủ dấu tiếng Việt");
        }
        return Optional.empty();
    }

    /** Too few words carry a Vietnamese mark: "Xin loi ba con" rather than "Xin lỗi bà con". */
    static boolean lacksDiacritics(String wording) {
        List<String> words = WORD.matcher(NOT_PROSE.matcher(wording).replaceAll(" ")).results()
                .map(m -> m.group()).toList();
        if (words.size() < MIN_WORDS_TO_JUDGE) {
            return false;
        }
        long marked = words.stream().filter(w -> w.chars().anyMatch(c -> c > 127)).count();
        return marked < MIN_MARKED_SHARE * words.size();
    }

    /** A key that differs only by a slip of the keyboard, to suggest. */
    private static Optional<String> closest(String key) {
        return Arrays.stream(BotText.values()).map(BotText::key)
                .filter(k -> Communes.distance(k, key) <= 2)
                .min(Comparator.comparingInt(k -> Communes.distance(k, key)));
    }
}
