package vn.gialai.dvcbot.core.conversation;

import java.util.List;
import vn.gialai.dvcbot.core.feedback.QuestionMissed;
import vn.gialai.dvcbot.core.message.InboundMessage;

/**
 * What a committed turn still has to make happen outside the conversation's keys, recorded with the commit so
 * that a stop right after it loses nothing: ticket changes and missed questions. Made right after the commit, or
 * by whoever takes the conversation next.
 *
 * @param messageId the message whose turn asked for them
 */
public record TurnEffects(String messageId, List<TicketEffect> tickets, List<QuestionMissed> misses) {

    public TurnEffects {
        tickets = tickets == null ? List.of() : List.copyOf(tickets);
        misses = misses == null ? List.of() : List.copyOf(misses);
    }

    static TurnEffects of(InboundMessage message, Turn turn) {
        return new TurnEffects(message.messageId(), turn.ticketEffects(), turn.misses());
    }

    public boolean isEmpty() {
        return tickets.isEmpty() && misses.isEmpty();
    }
}
