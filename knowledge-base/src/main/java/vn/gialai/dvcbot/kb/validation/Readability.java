package vn.gialai.dvcbot.kb.validation;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gialai.dvcbot.kb.content.Entry;

/**
 * Phone-sized answers (contracts §2 and issue 14): a summary of at most three sentences, and no chat bubble
 * (the summary, or one section the citizen opens) longer than about 600 characters.
 */
final class Readability {

    static final int MAX_SUMMARY_SENTENCES = 3;
    static final int MAX_BUBBLE_CHARS = 600;

    /**
     * A sentence ends with . ! ? before a capital letter or the end: not the dot in "70.000" or "gov.vn", nor the
     * "..." of a list that goes on in lower case ("trẻ mồ côi... (mức chuẩn").
     */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+[\"”]?(\\s+(?=[\\p{Lu}\\d\"“])|\\s*$)");

    private Readability() {
    }

    static void check(Entry entry, BiConsumer<String, String> problem) {
        int sentences = sentences(entry.summary());
        if (sentences > MAX_SUMMARY_SENTENCES) {
            problem.accept("summary", "có " + sentences + " câu; tóm tắt tối đa " + MAX_SUMMARY_SENTENCES
                    + " câu ngắn (đưa chi tiết vào các phần giấy tờ, các bước, lệ phí)");
        }
        bubble(problem, "summary", text(entry.summary()) + lines(entry.details()));
        bubble(problem, "documents", lines(entry.documents()));
        bubble(problem, "steps", lines(entry.steps()));
        bubble(problem, "fees", text(entry.fees()) + text(entry.processingTime()));
        bubble(problem, "where", text(entry.authority()) + text(entry.where()));
        if (entry.online() != null) {
            bubble(problem, "online.guide", lines(entry.online().guide()));
        }
    }

    static int sentences(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        Matcher matcher = SENTENCE_END.matcher(text.strip());
        int count = 0;
        int lastEnd = 0;
        while (matcher.find()) {
            count++;
            lastEnd = matcher.end();
        }
        return lastEnd < text.strip().length() ? count + 1 : count;
    }

    private static void bubble(BiConsumer<String, String> problem, String field, String text) {
        if (text.length() > MAX_BUBBLE_CHARS) {
            problem.accept(field, "phần này dài " + text.length() + " ký tự, quá " + MAX_BUBBLE_CHARS
                    + " ký tự của một tin nhắn đọc trên điện thoại; viết gọn lại hoặc chuyển bớt sang phần khác");
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String lines(List<String> values) {
        return String.join("\n", values.stream().map(Readability::text).toList());
    }
}
