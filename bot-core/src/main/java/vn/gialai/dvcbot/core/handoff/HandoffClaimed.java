package vn.gialai.dvcbot.core.handoff;

/** A volunteer took the ticket. */
public record HandoffClaimed(Ticket ticket) {
}
