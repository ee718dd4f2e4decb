package vn.gialai.dvcbot.core.handoff;

import java.time.Instant;

/** A private note volunteers keep on a ticket; the citizen never sees it. */
public record TicketNote(String author, Instant at, String text) {
}
