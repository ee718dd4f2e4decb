package vn.gialai.dvcbot.core.handoff;

/** A new ticket is waiting for a volunteer. */
public record HandoffRequested(Ticket ticket) {
}
