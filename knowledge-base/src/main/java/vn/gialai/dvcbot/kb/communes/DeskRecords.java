package vn.gialai.dvcbot.kb.communes;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where editors keep the desks: every save a new draft version, one version live per commune, as for entries.
 * The bundled {@code _desks.yaml} seeds it; an editor's work always wins over a new release's file.
 */
public interface DeskRecords {

    /** The desk citizens are told about, if one is published. */
    Optional<Desk> live(String code);

    List<DeskStatus> statuses();

    Optional<DeskStatus> status(String code);

    /** Newest first. */
    List<DeskVersion> versions(String code);

    Optional<DeskVersion> version(String code, int version);

    /**
     * Saves a new draft version.
     *
     * @throws Conflict when {@code baseVersion} is not the newest version any more
     */
    DeskVersion save(Desk desk, int baseVersion, String author, String action);

    /** Makes a version live; empty when it does not exist. */
    Optional<DeskVersion> publish(String code, int version, String author);

    /** Adds and publishes bundled desks that are missing, and updates those no editor has touched. */
    void seed(Collection<Desk> bundled);

    /** Where a commune's desk stands: its newest version and the live one (0 when none is published). */
    record DeskStatus(String code, int latestVersion, int liveVersion) {

        public boolean hasDraft() {
            return latestVersion > liveVersion;
        }
    }

    /** One saved version of a desk. */
    record DeskVersion(String code, int version, Desk desk, String author, Instant at, String action) {
    }

    /** Someone else saved the desk since the editor opened it. */
    final class Conflict extends RuntimeException {

        private final int latestVersion;

        public Conflict(String code, int latestVersion) {
            super("Desk " + code + " has version " + latestVersion + " already");
            this.latestVersion = latestVersion;
        }

        public int latestVersion() {
            return latestVersion;
        }
    }
}
