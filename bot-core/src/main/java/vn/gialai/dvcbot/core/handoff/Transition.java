package vn.gialai.dvcbot.core.handoff;

import java.util.Optional;

/**
 * The outcome of asking the queue to move a ticket.
 *
 * @param ticket the ticket after the attempt, empty when it does not exist
 */
public record Transition(Result result, Optional<TicketDetails> ticket) {

    public enum Result {
        /** The ticket moved as asked. */
        DONE,
        /** It already was where it was asked to go (a repeated click); nothing changed but the lease. */
        ALREADY_DONE,
        /** No such ticket. */
        NOT_FOUND,
        /** Another volunteer holds it. */
        HELD_BY_OTHER,
        /** Its status does not allow this (claiming a closed ticket, cancelling one a volunteer holds). */
        WRONG_STATE
    }

    public boolean done() {
        return result == Result.DONE;
    }

    public boolean succeeded() {
        return result == Result.DONE || result == Result.ALREADY_DONE;
    }
}
