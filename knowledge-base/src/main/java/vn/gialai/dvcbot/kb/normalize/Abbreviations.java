package vn.gialai.dvcbot.kb.normalize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chat and administrative abbreviations from {@code _abbreviations.yaml}: each short form maps to one or more
 * expansions. An ambiguous form (dk = đăng ký or được) lists several; the matcher keeps all of them and lets the
 * other words of the question decide, instead of guessing one fixed meaning.
 */
public record Abbreviations(Map<String, List<String>> expansions) {

    public static final Abbreviations NONE = new Abbreviations(Map.of());

    public Abbreviations {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (expansions != null) {
            expansions.forEach((shortForm, meanings) -> {
                if (shortForm != null && meanings != null && meanings.stream().allMatch(m -> m != null)) {
                    copy.put(key(VietnameseText.canonical(shortForm)), List.copyOf(meanings));
                }
            });
        }
        expansions = Map.copyOf(copy);
    }

    /**
     * What is wrong with a list as written, in words for editors (field, reason): a short form must be one word
     * and have at least one non-empty meaning.
     */
    public static Map<String, String> problems(Map<String, List<String>> written) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (written == null) {
            return problems;
        }
        written.forEach((shortForm, meanings) -> {
            String canonical = VietnameseText.canonical(shortForm);
            if (canonical.isEmpty() || canonical.contains(" ")) {
                problems.put(String.valueOf(shortForm), "từ viết tắt phải là một từ, chỉ gồm chữ hoặc số");
            } else if (meanings == null || meanings.isEmpty()
                    || meanings.stream().anyMatch(m -> m == null || VietnameseText.canonical(m).isEmpty())) {
                problems.put(shortForm, "cần ít nhất một nghĩa, và không nghĩa nào để trống");
            }
        });
        return problems;
    }

    /** "đk" is stored as "dk" so that both spellings find it; other accented forms are kept as written. */
    private static String key(String shortForm) {
        String plain = shortForm.replace('đ', 'd');
        return VietnameseText.fold(shortForm).equals(plain) ? plain : shortForm;
    }

    /**
     * The expansions of one canonical token; empty if none. "đk" also finds "dk", but an accented word is never
     * read as a plain short form ("hồng" is not "hong" = không).
     */
    public List<String> of(String token) {
        List<String> exact = expansions.get(token);
        if (exact != null) {
            return exact;
        }
        String plain = token.replace('đ', 'd');
        return VietnameseText.fold(token).equals(plain) ? expansions.getOrDefault(plain, List.of()) : List.of();
    }
}
