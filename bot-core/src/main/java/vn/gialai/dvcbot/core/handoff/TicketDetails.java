package vn.gialai.dvcbot.core.handoff;

import java.time.Duration;
import java.time.Instant;

/**
 * A ticket with everything the volunteer console shows besides the transcript.
 *
 * @param assigneeName the holder's display name (shown to the citizen), or null
 * @param waitingSince when it last started waiting (created, released or returned); the wait statistics
 *     measure from here
 * @param leaseUntil when the holder's claim lapses unless they act, or null when not assigned
 * @param claimedAt when the current or last holder claimed it, or null
 * @param closedAt when it was closed, or null
 * @param resolution answered, referred, no-response, spam or cancelled once closed, else null
 * @param closeNote the volunteer's note at close, or null
 * @param closedBy the user name that closed it, or null (the citizen cancelled, or not closed)
 * @param rating the citizen's rating 1–5 after close, or null
 */
public record TicketDetails(
        Ticket ticket,
        String assigneeName,
        Instant waitingSince,
        Instant leaseUntil,
        Instant claimedAt,
        Instant closedAt,
        String resolution,
        String closeNote,
        String closedBy,
        Integer rating) {

    public String id() {
        return ticket.id();
    }

    public TicketStatus status() {
        return ticket.status();
    }

    public boolean isOpen() {
        return ticket.status() != TicketStatus.CLOSED;
    }

    public boolean heldBy(String username) {
        return ticket.status() == TicketStatus.ASSIGNED && username != null && username.equals(ticket.assignee());
    }

    /** How long the citizen has been waiting since the ticket last entered the queue. */
    public Duration waited(Instant now) {
        Instant since = waitingSince == null ? ticket.createdAt() : waitingSince;
        return since == null || now.isBefore(since) ? Duration.ZERO : Duration.between(since, now);
    }
}
