package vn.gialai.dvcbot.app.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.util.MultiValueMap;
import vn.gialai.dvcbot.kb.content.Entry;

/**
 * The console's form for an entry: every field, lists one item per line (steps and papers as rows that can be
 * moved), sources as "title | address" lines, fee amounts as "act | amount" lines, unverified points as
 * "field | words of the line | note" lines (a line without "|" is an editors' note the answer does not state).
 * Kept as typed so a refused save loses nothing.
 */
record EntryForm(String id, String kind, String category, String title, String aliases, String keywords,
        String summary, String authority, String where, List<String> documents, List<String> steps, String fees,
        String feeAmounts, String processingTime, String onlineAvailability, String onlineUrl, String onlineGuide, String details,
        String legalBasis, String sources, String reviewed, String unverified, String related, String examples,
        String reply) {

    static EntryForm of(Entry e) {
        Entry.Online online = e.online();
        return new EntryForm(e.id(), e.kind(), e.category(), e.title(), lines(e.aliases()), lines(e.keywords()),
                e.summary(), e.authority(), e.where(), e.documents(), e.steps(), e.fees(),
                String.join("\n", e.feeAmounts().stream().map(f -> f.act() + " | " + f.amount()).toList()),
                e.processingTime(),
                online == null ? "" : online.availability(), online == null ? "" : online.url(),
                online == null ? "" : lines(online.guide()), lines(e.details()), lines(e.legalBasis()),
                String.join("\n", e.sources().stream().map(s -> s.title() + " | " + s.url()).toList()),
                e.reviewed(), String.join("\n", e.unverified().stream().map(EntryForm::line).toList()),
                lines(e.related()), lines(e.examples()), e.reply());
    }

    static EntryForm empty(String question) {
        return new EntryForm("", "procedure", "", "", "", "", "", "", "", List.of(), List.of(), "", "", "", "none", "", "",
                "", "", "", "", "", "", question == null ? "" : question, "");
    }

    static EntryForm read(String id, MultiValueMap<String, String> form) {
        return new EntryForm(id, one(form, "kind"), one(form, "category"), one(form, "title"), one(form, "aliases"),
                one(form, "keywords"), one(form, "summary"), one(form, "authority"), one(form, "where"),
                many(form, "documents"), many(form, "steps"), one(form, "fees"), one(form, "feeAmounts"),
                one(form, "processingTime"),
                one(form, "onlineAvailability"), one(form, "onlineUrl"), one(form, "onlineGuide"),
                one(form, "details"), one(form, "legalBasis"), one(form, "sources"), one(form, "reviewed"),
                one(form, "unverified"), one(form, "related"), one(form, "examples"), one(form, "reply"));
    }

    /** The rows of an ordered list on the page: its items and an empty one to type a new item in. */
    public List<String> rows(List<String> items) {
        List<String> rows = new ArrayList<>(items);
        rows.add("");
        return rows;
    }

    Entry toEntry() {
        boolean hasOnline = !blank(onlineAvailability) || !blank(onlineUrl) || !blank(onlineGuide);
        return new Entry(id, text(kind), text(category), text(title), split(aliases), split(keywords), text(summary),
                text(authority), text(where), clean(documents), clean(steps), text(fees), feeAmountsOf(feeAmounts),
                text(processingTime),
                hasOnline ? new Entry.Online(text(onlineAvailability), text(onlineUrl), split(onlineGuide)) : null,
                split(details), split(legalBasis), sourcesOf(sources), text(reviewed),
                split(unverified).stream().map(EntryForm::unverifiedOf).toList(),
                split(related), split(examples), text(reply));
    }

    private static String line(Entry.Unverified point) {
        return point.shown() ? point.field() + " | " + (point.about() == null ? "" : point.about()) + " | "
                + point.note() : point.note();
    }

    private static Entry.Unverified unverifiedOf(String line) {
        String[] parts = line.split("\\|", 3);
        return parts.length < 3 ? Entry.Unverified.note(line)
                : new Entry.Unverified(parts[0].strip(), blank(parts[1]) ? null : parts[1].strip(), parts[2].strip());
    }

    private static List<Entry.FeeAmount> feeAmountsOf(String text) {
        List<Entry.FeeAmount> amounts = new ArrayList<>();
        for (String line : split(text)) {
            int bar = line.lastIndexOf('|');
            String amount = bar < 0 ? "" : line.substring(bar + 1).replaceAll("[^0-9]", "");
            amounts.add(new Entry.FeeAmount(bar < 0 ? line : line.substring(0, bar).strip(),
                    amount.isEmpty() ? null : Long.valueOf(amount)));
        }
        return amounts;
    }

    private static List<Entry.Source> sourcesOf(String text) {
        List<Entry.Source> sources = new ArrayList<>();
        for (String line : split(text)) {
            int bar = line.lastIndexOf('|');
            sources.add(bar < 0 ? new Entry.Source(line, null)
                    : new Entry.Source(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
        }
        return sources;
    }

    private static String lines(List<String> items) {
        return String.join("\n", items);
    }

    static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> clean(List<String> items) {
        return items.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String text(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String one(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    private static List<String> many(MultiValueMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : values;
    }
}
