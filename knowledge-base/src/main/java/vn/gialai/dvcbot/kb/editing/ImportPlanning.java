package vn.gialai.dvcbot.kb.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.gialai.dvcbot.kb.content.ContentProblem;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.store.EntryVersion;

/**
 * Bringing work done elsewhere back in: a zip of entries (from an export, edited in git) or a sheet of
 * question → entry pairs. Both are first shown as a plan (what changes, what is wrong) and, when nothing is
 * wrong, applied as drafts; nothing is live until an editor publishes.
 */
public class ImportPlanning {

    private final EntryEditing editing;

    public ImportPlanning(EntryEditing editing) {
        this.editing = editing;
    }

    public Plan planArchive(byte[] zip) {
        KnowledgeBaseArchive.Read read = KnowledgeBaseArchive.read(zip);
        List<ContentProblem> problems = new ArrayList<>(read.problems());
        List<Change> changes = new ArrayList<>();
        for (Entry entry : read.entries()) {
            problems.addAll(editing.problemsOf(entry));
            changes.add(change(entry));
        }
        return new Plan(changes, problems);
    }

    /**
     * Linear in the rows: each entry is read from Redis once, and a question is compared with the entry's
     * examples through a set of their normal forms rather than one by one.
     */
    public Plan planExamples(List<ExamplePair> pairs) {
        Map<String, Optional<EntryDraft>> drafts = new HashMap<>();
        Map<String, List<String>> additions = new LinkedHashMap<>();
        Map<String, Set<String>> known = new HashMap<>();
        List<ContentProblem> problems = new ArrayList<>();
        for (ExamplePair pair : pairs) {
            Optional<EntryDraft> draft = drafts.computeIfAbsent(pair.entryId(), editing::draft);
            if (draft.isEmpty()) {
                if (pair.row() > 1) {
                    problems.add(new ContentProblem("dòng " + pair.row(), "mã mục",
                            "không có mục \"" + pair.entryId() + "\" (câu: " + pair.question() + ")"));
                }
                continue;
            }
            List<String> examples = additions.computeIfAbsent(pair.entryId(),
                    id -> new ArrayList<>(draft.get().latest().entry().examples()));
            Set<String> seen = known.computeIfAbsent(pair.entryId(), id -> examples.stream()
                    .map(EntryRules::normalQuestion).collect(Collectors.toCollection(HashSet::new)));
            if (seen.add(EntryRules.normalQuestion(pair.question()))) {
                examples.add(pair.question());
            }
        }
        List<Change> changes = new ArrayList<>();
        additions.forEach((id, examples) -> {
            Entry updated = drafts.get(id).orElseThrow().latest().entry().withExamples(examples);
            problems.addAll(editing.problemsOf(updated));
            changes.add(change(updated));
        });
        return new Plan(changes, problems);
    }

    /** Saves every added or changed entry as a new draft; refuses the whole plan if anything is wrong. */
    public List<EntryVersion> apply(Plan plan, String author) {
        if (!plan.problems().isEmpty()) {
            throw EditingRefused.invalid(plan.problems());
        }
        List<EntryVersion> saved = new ArrayList<>();
        for (Change change : plan.changes()) {
            if (!change.kind().equals("unchanged")) {
                saved.add(editing.save(change.entry(), change.baseVersion(), author, "import"));
            }
        }
        return saved;
    }

    private Change change(Entry entry) {
        Optional<EntryDraft> current = editing.draft(entry.id());
        if (current.isEmpty()) {
            return new Change(entry, 0, "added", LineDiff.between("", EntryYaml.of(entry)));
        }
        Entry before = current.get().latest().entry();
        List<LineDiff.Line> diff = LineDiff.between(EntryYaml.of(before), EntryYaml.of(entry));
        return new Change(entry, current.get().version(), before.equals(entry) ? "unchanged" : "changed", diff);
    }

    public record Change(Entry entry, int baseVersion, String kind, List<LineDiff.Line> diff) {

        public String id() {
            return entry.id();
        }

        public String label() {
            return switch (kind) {
                case "added" -> "mục mới";
                case "changed" -> "có thay đổi";
                default -> "không đổi";
            };
        }

        /** Only the changed lines, for a short view. */
        public List<LineDiff.Line> changedLines() {
            return diff.stream().filter(l -> l.kind() != LineDiff.Kind.SAME).toList();
        }
    }

    public record Plan(List<Change> changes, List<ContentProblem> problems) {

        public long changed() {
            return changes.stream().filter(c -> !c.kind().equals("unchanged")).count();
        }
    }
}
