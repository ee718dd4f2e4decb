package vn.gialai.dvcbot.app.editor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import vn.gialai.dvcbot.core.answers.MatchResult;
import vn.gialai.dvcbot.core.feedback.MissedGroup;
import vn.gialai.dvcbot.core.feedback.MissedQuestion;
import vn.gialai.dvcbot.core.feedback.MissedQuestions;
import vn.gialai.dvcbot.kb.catalog.KnowledgeBaseCatalog;
import vn.gialai.dvcbot.kb.content.ContentProblem;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;
import vn.gialai.dvcbot.kb.store.AuditRecord;
import vn.gialai.dvcbot.kb.store.EntryStatus;
import vn.gialai.dvcbot.kb.store.EntryVersion;
import vn.gialai.dvcbot.kb.store.KnowledgeBaseStore;
import vn.gialai.dvcbot.kb.store.KnowledgeBaseSync;
import vn.gialai.dvcbot.kb.validation.ContentValidator;

/**
 * Everything editors do to the knowledge base, shared by the API and the console. Every change is validated
 * with the same rules as {@code kb validate}, saved as a new version, and audited; publishing applies the
 * version on this instance before it returns (the others follow through pub/sub).
 */
@Service
class KnowledgeBaseEditing {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final KnowledgeBaseStore store;
    private final KnowledgeBaseSync sync;
    private final KnowledgeBaseCatalog catalog;
    private final MissedQuestions missed;
    private final Clock clock;

    KnowledgeBaseEditing(KnowledgeBaseStore store, KnowledgeBaseSync sync, KnowledgeBaseCatalog catalog,
            MissedQuestions missed, Clock clock) {
        this.store = store;
        this.sync = sync;
        this.catalog = catalog;
        this.missed = missed;
        this.clock = clock;
    }

    List<EntryDraft> drafts() {
        List<EntryDraft> all = new ArrayList<>();
        for (EntryStatus status : store.statuses()) {
            store.version(status.id(), status.latestVersion()).ifPresent(v -> all.add(new EntryDraft(v, status)));
        }
        all.sort(Comparator.comparing(EntryDraft::id));
        return all;
    }

    Optional<EntryDraft> draft(String id) {
        return store.status(id).flatMap(status -> store.version(id, status.latestVersion())
                .map(v -> new EntryDraft(v, status)));
    }

    EntryDraft require(String id) {
        return draft(id).orElseThrow(() -> EditorException.notFound("Không có mục " + id + "."));
    }

    EntryVersion version(String id, int version) {
        return store.version(id, version)
                .orElseThrow(() -> EditorException.notFound("Mục " + id + " không có phiên bản " + version + "."));
    }

    List<EntryVersion> versions(String id) {
        require(id);
        return store.versions(id);
    }

    /** Saves a new draft version; {@code baseVersion} 0 creates a new entry. */
    EntryVersion save(Entry entry, int baseVersion, String author, String action) {
        if (entry.id() == null || !ID.matcher(entry.id()).matches()) {
            throw EditorException.badRequest(
                    "Mã mục chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ: giay-phep-karaoke.");
        }
        List<ContentProblem> problems = problemsOf(entry);
        if (!problems.isEmpty()) {
            throw EditorException.invalid(problems);
        }
        return store.save(entry, baseVersion, author, action);
    }

    /** Makes a version (the newest when null) live everywhere; this instance answers with it on return. */
    EntryVersion publish(String id, Integer version, String author) {
        EntryDraft draft = require(id);
        int chosen = version == null ? draft.version() : version;
        EntryVersion target = version(id, chosen);
        List<ContentProblem> problems = problemsOf(target.entry());
        if (!problems.isEmpty()) {
            throw EditorException.invalid(problems);
        }
        store.publish(id, chosen, author);
        sync.refresh();
        return target;
    }

    /** A new draft with the content of an old version; publishing it is a separate step. */
    EntryVersion restore(String id, int version, String author) {
        EntryVersion old = version(id, version);
        return store.save(old.entry(), require(id).version(), author, "restore");
    }

    MatchResult match(String text) {
        return catalog.match(text == null ? "" : text);
    }

    /** The rules of {@code kb validate}, for this entry among the live ones. */
    List<ContentProblem> problemsOf(Entry entry) {
        KnowledgeBaseContent content = withEntry(catalog.content(), entry);
        String file = content.files().get(entry.id());
        return new ContentValidator(LocalDate.now(clock.withZone(VIETNAM))).validate(content).stream()
                .filter(p -> p.file().equals(file))
                .toList();
    }

    /** The live content with this entry in place of its live version (or added). */
    static KnowledgeBaseContent withEntry(KnowledgeBaseContent content, Entry entry) {
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

    List<MissedGroup> missed() {
        return missed.groups();
    }

    MissedGroup missedGroup(String groupId) {
        return missed.group(groupId).orElseThrow(() -> EditorException.notFound(
                "Nhóm câu hỏi này không còn trong hộp thư (đã được xử lý hoặc đã quá hạn lưu)."));
    }

    /** Adds the group's questions to the entry's examples as a new draft and takes them out of the inbox. */
    EntryVersion attach(String groupId, String entryId, String author) {
        MissedGroup group = missedGroup(groupId);
        EntryDraft draft = require(entryId);
        List<String> examples = new ArrayList<>(draft.latest().entry().examples());
        for (MissedQuestion question : group.questions()) {
            if (examples.stream().noneMatch(e -> sameQuestion(e, question.text()))) {
                examples.add(question.text());
            }
        }
        EntryVersion saved = save(draft.latest().entry().withExamples(examples), draft.version(), author, "example");
        missed.resolve(group);
        return saved;
    }

    /** The group became a new entry: it leaves the inbox (no-op when it already left). */
    void resolveMissed(String groupId) {
        missed.group(groupId).ifPresent(missed::resolve);
    }

    void dismiss(String groupId, String author) {
        MissedGroup group = missedGroup(groupId);
        missed.resolve(group);
        store.recordAudit(new AuditRecord(clock.instant(), author, "dismiss", null, 0));
    }

    List<AuditRecord> audit(int limit) {
        return store.audit(limit);
    }

    /** What an export contains: the live version of each entry, or the newest one (drafts included). */
    List<Entry> exportEntries(boolean withDrafts) {
        return withDrafts ? drafts().stream().map(d -> d.latest().entry()).toList() : store.liveEntries();
    }

    KnowledgeBaseContent liveContent() {
        return catalog.content();
    }

    /** As {@code kb validate} compares examples: ignoring case, Unicode form and spacing. */
    static boolean sameQuestion(String a, String b) {
        return normalQuestion(a).equals(normalQuestion(b));
    }

    /** The form two questions are compared in: equal forms are the same question. */
    static String normalQuestion(String question) {
        return WHITESPACE.matcher(java.text.Normalizer.normalize(question, java.text.Normalizer.Form.NFC)
                .toLowerCase(java.util.Locale.ROOT).strip()).replaceAll(" ");
    }
}
