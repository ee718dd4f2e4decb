package vn.gialai.dvcbot.kb.store;

/**
 * Where an entry stands: its newest version and the version answering citizens (0 when none is published yet).
 */
public record EntryStatus(String id, int latestVersion, int liveVersion) {

    public boolean hasDraft() {
        return latestVersion > liveVersion;
    }

    /** The contract's status of the newest version: {@code draft} or {@code published}. */
    public String status() {
        return hasDraft() ? "draft" : "published";
    }

    public String statusOf(int version) {
        return version == liveVersion ? "published" : "draft";
    }
}
