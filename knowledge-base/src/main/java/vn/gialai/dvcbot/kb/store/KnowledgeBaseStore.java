package vn.gialai.dvcbot.kb.store;

import java.util.List;
import java.util.Optional;
import vn.gialai.dvcbot.kb.content.Entry;

/**
 * The editable knowledge base: every version of every entry, which one is live, and an audit log. Safe to use
 * from several instances at once: saves are checked against the version they were based on.
 */
public interface KnowledgeBaseStore {

    /** Every entry's status, in no particular order. */
    List<EntryStatus> statuses();

    Optional<EntryStatus> status(String id);

    Optional<EntryVersion> version(String id, int version);

    /** Every version of an entry, newest first. */
    List<EntryVersion> versions(String id);

    /**
     * Saves a new draft version.
     *
     * @param baseVersion the newest version the editor saw (0 for a new entry)
     * @throws VersionConflict when {@code baseVersion} is not the newest version any more
     */
    EntryVersion save(Entry entry, int baseVersion, String author, String action);

    /** Makes a version live everywhere; empty when the entry or version does not exist. */
    Optional<EntryVersion> publish(String id, int version, String author);

    /** The live version of every published entry. */
    List<Entry> liveEntries();

    /** Changes whenever anything is published; instances compare it to know they are up to date. */
    long revision();

    /** Newest first. */
    List<AuditRecord> audit(int limit);

    void recordAudit(AuditRecord record);
}
