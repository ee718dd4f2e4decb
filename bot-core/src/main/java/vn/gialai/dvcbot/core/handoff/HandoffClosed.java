package vn.gialai.dvcbot.core.handoff;

/**
 * The ticket is done. {@code resolution} is answered, referred, no-response or spam for a volunteer's close,
 * cancelled when the citizen cancelled while waiting.
 */
public record HandoffClosed(Ticket ticket, String resolution) {
}
