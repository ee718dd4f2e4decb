package vn.gialai.dvcbot.kb.editing;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.gialai.dvcbot.kb.content.ContentProblem;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;
import vn.gialai.dvcbot.kb.validation.ContentValidator;

/** What an edited entry must satisfy, and when two questions count as the same: pure functions, no store. */
public final class EntryRules {

    /** An entry id: lower-case letters without diacritics and digits, in words joined by hyphens. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private EntryRules() {
    }

    /** Refuses an id that is not {@link #ID}; the message tells the editor what one looks like. */
    public static void requireId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw EditingRefused.badRequest(
                    "Mã mục chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ: giay-phep-karaoke.");
        }
    }

    /** The rules of {@code kb validate} for this entry among the live ones, on the given day. */
    public static List<ContentProblem> problemsOf(KnowledgeBaseContent live, Entry entry, LocalDate today) {
        KnowledgeBaseContent content = withEntry(live, entry);
        String file = content.files().get(entry.id());
        return new ContentValidator(today).validate(content).stream()
                .filter(p -> p.file().equals(file))
                .toList();
    }

    /** The live content with this entry in place of its live version (or added). */
    public static KnowledgeBaseContent withEntry(KnowledgeBaseContent content, Entry entry) {
        List<Entry> entries = new ArrayList<>();
        boolean replaced = false;
        for (Entry e : content.entries()) {
            if (e.id().equals(entry.id())) {
                entries.add(entry);
                replaced = true;
            } else {
                entries.add(e);
            }
        }
        if (!replaced) {
            entries.add(entry);
        }
        Map<String, String> files = new LinkedHashMap<>(content.files());
        files.putIfAbsent(entry.id(), (entry.category() == null ? "" : entry.category() + "/") + entry.id() + ".yaml");
        return content.withEntries(entries, files);
    }

    /** As {@code kb validate} compares examples: ignoring case, Unicode form and spacing. */
    public static boolean sameQuestion(String a, String b) {
        return normalQuestion(a).equals(normalQuestion(b));
    }

    /** The form two questions are compared in: equal forms are the same question. */
    public static String normalQuestion(String question) {
        return WHITESPACE.matcher(Normalizer.normalize(question, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }
}
