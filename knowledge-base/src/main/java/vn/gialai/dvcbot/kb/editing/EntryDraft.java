package vn.gialai.dvcbot.kb.editing;

import vn.gialai.dvcbot.kb.store.EntryStatus;
import vn.gialai.dvcbot.kb.store.EntryVersion;

/** An entry's newest version with where it stands (draft or published). */
public record EntryDraft(EntryVersion latest, EntryStatus status) {

    public String id() {
        return latest.id();
    }

    public int version() {
        return latest.version();
    }
}
