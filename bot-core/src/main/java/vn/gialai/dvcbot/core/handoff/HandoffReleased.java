package vn.gialai.dvcbot.core.handoff;

/** The ticket went back to waiting: the volunteer released it, or their lease lapsed ({@code leaseExpired}). */
public record HandoffReleased(Ticket ticket, boolean leaseExpired) {
}
