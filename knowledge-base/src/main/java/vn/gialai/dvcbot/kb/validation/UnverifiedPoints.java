package vn.gialai.dvcbot.kb.validation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import vn.gialai.dvcbot.kb.content.Entry;

/**
 * An unverified point names the field that states it and a few words of that sentence or line, so the
 * citizen's warning sits on that line only; the words must still be found there after edits.
 */
final class UnverifiedPoints {

    static final Set<String> TEXT_FIELDS = Set.of("summary", "authority", "where", "fees", "processing_time",
            "online");
    static final Set<String> LIST_FIELDS = Set.of("documents", "steps", "details", "online.guide");

    private UnverifiedPoints() {
    }

    static void check(Entry entry, BiConsumer<String, String> problem) {
        for (int i = 0; i < entry.unverified().size(); i++) {
            Entry.Unverified point = entry.unverified().get(i);
            String name = "unverified[" + i + "]";
            if (point == null || point.note() == null || point.note().isBlank()) {
                problem.accept(name + ".note", "còn thiếu: ghi rõ điểm nào chưa chắc và cần kiểm tra ở văn bản nào");
                continue;
            }
            if (point.shown()) {
                checkPlace(entry, point, name, problem);
            }
        }
    }

    private static void checkPlace(Entry entry, Entry.Unverified point, String name,
            BiConsumer<String, String> problem) {
        String field = point.field().strip();
        String about = point.about() == null ? "" : point.about().strip();
        if (TEXT_FIELDS.contains(field)) {
            String text = textOf(entry, field);
            if (!about.isEmpty() && !contains(text, about)) {
                problem.accept(name + ".about", "không tìm thấy \"" + about + "\" trong trường " + field
                        + "; ghi vài chữ đúng như trong câu cần đánh dấu");
            }
        } else if (LIST_FIELDS.contains(field)) {
            if (about.isEmpty()) {
                problem.accept(name + ".about", "còn thiếu: ghi vài chữ của dòng cần đánh dấu trong " + field);
            } else if (linesOf(entry, field).stream().noneMatch(line -> contains(line, about))) {
                problem.accept(name + ".about", "không dòng nào của " + field + " có \"" + about + "\"");
            }
        } else {
            problem.accept(name + ".field", "phải là một trong summary, authority, where, documents, steps, fees, "
                    + "processing_time, online, online.guide, details (đang ghi \"" + field + "\")");
        }
    }

    private static String textOf(Entry entry, String field) {
        String text = switch (field) {
            case "summary" -> entry.summary();
            case "authority" -> entry.authority();
            case "where" -> entry.where();
            case "fees" -> entry.fees();
            case "processing_time" -> entry.processingTime();
            default -> entry.online() == null ? null : entry.online().availability();
        };
        return text == null ? "" : text;
    }

    private static List<String> linesOf(Entry entry, String field) {
        return switch (field) {
            case "documents" -> entry.documents();
            case "steps" -> entry.steps();
            case "details" -> entry.details();
            default -> entry.online() == null ? List.of() : entry.online().guide();
        };
    }

    private static boolean contains(String text, String words) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT));
    }
}
