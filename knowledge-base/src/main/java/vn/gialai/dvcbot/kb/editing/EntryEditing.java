package vn.gialai.dvcbot.kb.editing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.gialai.dvcbot.core.answers.MatchResult;
import vn.gialai.dvcbot.kb.catalog.KnowledgeBaseCatalog;
import vn.gialai.dvcbot.kb.content.ContentProblem;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;
import vn.gialai.dvcbot.kb.store.AuditRecord;
import vn.gialai.dvcbot.kb.store.EntryStatus;
import vn.gialai.dvcbot.kb.store.EntryVersion;
import vn.gialai.dvcbot.kb.store.KnowledgeBaseStore;
import vn.gialai.dvcbot.kb.store.KnowledgeBaseSync;

/**
 * What editors do to entries, shared by the API and the console. Every change is validated with the same rules
 * as {@code kb validate} ({@link EntryRules}), saved as a new version, and audited; publishing applies the version
 * on this instance before it returns (the others follow through pub/sub).
 */
public class EntryEditing {

    private final KnowledgeBaseStore store;
    private final KnowledgeBaseSync sync;
    private final KnowledgeBaseCatalog catalog;
    private final Clock clock;
    private final ZoneId zone;

    public EntryEditing(KnowledgeBaseStore store, KnowledgeBaseSync sync, KnowledgeBaseCatalog catalog, Clock clock,
            ZoneId zone) {
        this.store = store;
        this.sync = sync;
        this.catalog = catalog;
        this.clock = clock;
        this.zone = zone;
    }

    /** Every entry's newest version, by id. */
    public List<EntryDraft> drafts() {
        List<EntryDraft> all = new ArrayList<>();
        for (EntryStatus status : store.statuses()) {
            store.version(status.id(), status.latestVersion()).ifPresent(v -> all.add(new EntryDraft(v, status)));
        }
        all.sort(Comparator.comparing(EntryDraft::id));
        return all;
    }

    public Optional<EntryDraft> draft(String id) {
        return store.status(id).flatMap(status -> store.version(id, status.latestVersion())
                .map(v -> new EntryDraft(v, status)));
    }

    public EntryDraft require(String id) {
        return draft(id).orElseThrow(() -> EditingRefused.notFound("Không có mục " + id + "."));
    }

    public EntryVersion version(String id, int version) {
        return store.version(id, version)
                .orElseThrow(() -> EditingRefused.notFound("Mục " + id + " không có phiên bản " + version + "."));
    }

    public List<EntryVersion> versions(String id) {
        require(id);
        return store.versions(id);
    }

    /** Saves a new draft version; {@code baseVersion} 0 creates a new entry. */
    public EntryVersion save(Entry entry, int baseVersion, String author, String action) {
        EntryRules.requireId(entry.id());
        requireValid(entry);
        return store.save(entry, baseVersion, author, action);
    }

    /** Makes a version (the newest when null) live everywhere; this instance answers with it on return. */
    public EntryVersion publish(String id, Integer version, String author) {
        EntryDraft draft = require(id);
        int chosen = version == null ? draft.version() : version;
        EntryVersion target = version(id, chosen);
        requireValid(target.entry());
        store.publish(id, chosen, author);
        sync.refresh();
        return target;
    }

    /** A new draft with the content of an old version; publishing it is a separate step. */
    public EntryVersion restore(String id, int version, String author) {
        EntryVersion old = version(id, version);
        return store.save(old.entry(), require(id).version(), author, "restore");
    }

    /** What the live bot does with a question ("try a question"). */
    public MatchResult match(String text) {
        return catalog.match(text == null ? "" : text);
    }

    /** The rules of {@code kb validate}, for this entry among the live ones, today in the province. */
    public List<ContentProblem> problemsOf(Entry entry) {
        return EntryRules.problemsOf(catalog.content(), entry, today());
    }

    /** Today in the province (reviews fall due by its calendar, not the server's). */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public List<AuditRecord> audit(int limit) {
        return store.audit(limit);
    }

    /** What an export contains: the live version of each entry, or the newest one (drafts included). */
    public List<Entry> exportEntries(boolean withDrafts) {
        return withDrafts ? drafts().stream().map(d -> d.latest().entry()).toList() : store.liveEntries();
    }

    /** The zip of {@link #exportEntries}, in the bundled layout. */
    public byte[] exportArchive(boolean withDrafts) {
        return KnowledgeBaseArchive.write(liveContent(), exportEntries(withDrafts));
    }

    public KnowledgeBaseContent liveContent() {
        return catalog.content();
    }

    private void requireValid(Entry entry) {
        List<ContentProblem> problems = problemsOf(entry);
        if (!problems.isEmpty()) {
            throw EditingRefused.invalid(problems);
        }
    }
}
