package vn.gialai.dvcbot.core.conversation;

import java.time.Instant;

/**
 * A change to the conversation's handoff ticket that a turn decided on. Tickets live under their own hash tag,
 * so the commit cannot change them in the same script: it records the effects with the turn, and the engine
 * applies them right after, before the conversation's next message; every effect is idempotent.
 *
 * @param ticketId the ticket; {@link #NEW_TICKET} for the ticket {@link Kind#OPEN} creates
 * @param text the commune ({@link Kind#OPEN}, {@link Kind#COMMUNE}) or the question ({@link Kind#QUESTION})
 * @param question the first question of a ticket being opened
 * @param rating 1–5 for {@link Kind#RATE}
 */
public record TicketEffect(Kind kind, String ticketId, String text, String question, int rating, Instant at) {

    /** Stands for the ticket a turn opens until it exists; the state holds it only between commit and apply. */
    public static final String NEW_TICKET = "new";

    public enum Kind {
        /** Queue the citizen (or keep their open ticket). */
        OPEN,
        /** The question the citizen needs help with, unless the ticket knows it. */
        QUESTION,
        /** The citizen wrote while the ticket is open. */
        CITIZEN_WROTE,
        /** The citizen's commune. */
        COMMUNE,
        /** The citizen gave up waiting. */
        CANCEL,
        /** The citizen rated a closed ticket. */
        RATE
    }

    static TicketEffect open(String commune, String firstQuestion, Instant at) {
        return new TicketEffect(Kind.OPEN, NEW_TICKET, commune, firstQuestion, 0, at);
    }

    static TicketEffect question(String ticketId, String question) {
        return new TicketEffect(Kind.QUESTION, ticketId, question, null, 0, null);
    }

    static TicketEffect citizenWrote(String ticketId, Instant at) {
        return new TicketEffect(Kind.CITIZEN_WROTE, ticketId, null, null, 0, at);
    }

    static TicketEffect commune(String ticketId, String commune) {
        return new TicketEffect(Kind.COMMUNE, ticketId, commune, null, 0, null);
    }

    static TicketEffect cancel(String ticketId, Instant at) {
        return new TicketEffect(Kind.CANCEL, ticketId, null, null, 0, at);
    }

    static TicketEffect rate(String ticketId, int stars) {
        return new TicketEffect(Kind.RATE, ticketId, null, null, stars, null);
    }
}
