package vn.gialai.dvcbot.kb.store;

/** A save based on a version that is no longer the newest: someone else saved in between. */
public final class VersionConflict extends RuntimeException {

    private final int latestVersion;

    public VersionConflict(String id, int baseVersion, int latestVersion) {
        super("Entry " + id + " is at version " + latestVersion + ", the change was based on " + baseVersion);
        this.latestVersion = latestVersion;
    }

    public int latestVersion() {
        return latestVersion;
    }
}
