package vn.gialai.dvcbot.kb.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bot's own words as editors keep them: every text (by its key, e.g. {@code fallback.first}) has versions, one
 * of them live, like an entry. The bundled {@code _texts.yaml} seeds them; an editor's work always wins over a new
 * release's wording. Saves and publishes go to the knowledge base's audit log as {@code text:<key>}.
 */
public interface TextRecords {

    List<EntryStatus> statuses();

    Optional<EntryStatus> status(String key);

    /** Newest first. */
    List<TextVersion> versions(String key);

    Optional<TextVersion> version(String key, int version);

    /**
     * Saves a new draft version of one text.
     *
     * @throws VersionConflict when {@code baseVersion} is not the newest version any more
     */
    TextVersion save(String key, String wording, int baseVersion, String author, String action);

    /** Makes a version live on every instance; empty when the text or version does not exist. */
    Optional<TextVersion> publish(String key, int version, String author);

    /** The live wording of every published text, by key. */
    Map<String, String> live();

    /** Changes whenever a text is published. */
    long revision();

    /** Adds and publishes bundled texts that are missing, and updates those no editor has touched. */
    void seed(Map<String, String> bundled);

    /** One saved version of a text. */
    record TextVersion(String key, int version, String wording, String author, Instant at, String action) {
    }
}
