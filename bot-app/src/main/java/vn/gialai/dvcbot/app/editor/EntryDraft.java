package vn.gialai.dvcbot.app.editor;

import vn.gialai.dvcbot.kb.store.EntryStatus;
import vn.gialai.dvcbot.kb.store.EntryVersion;

/** An entry's newest version with where it stands (draft or published). */
record EntryDraft(EntryVersion latest, EntryStatus status) {

    public String id() {
        return latest.id();
    }

    public int version() {
        return latest.version();
    }
}
