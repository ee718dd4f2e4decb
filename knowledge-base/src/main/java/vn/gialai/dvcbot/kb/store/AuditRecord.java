package vn.gialai.dvcbot.kb.store;

import java.time.Instant;

/** One line of the audit log: who did what to which entry, and when. */
public record AuditRecord(Instant at, String who, String action, String entryId, int version) {
}
