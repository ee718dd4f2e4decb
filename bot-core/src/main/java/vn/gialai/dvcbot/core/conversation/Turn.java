package vn.gialai.dvcbot.core.conversation;

import java.util.ArrayList;
import java.util.List;
import vn.gialai.dvcbot.core.feedback.QuestionMissed;
import vn.gialai.dvcbot.core.message.Reply;

/**
 * The outcome of handling one inbound message: the state to keep, what the citizen said as it goes into the
 * transcript, the replies to send, and what else the turn wants done. Deciding writes nothing: the engine
 * commits all of it in one step.
 *
 * @param handoffRequested the citizen asked for a person; the engine queues them and says so (the replies
 *     are then still to be written)
 * @param misses questions this turn showed the bot did not serve well, for the editors' inbox
 * @param ticketEffects changes to the handoff ticket, applied right after the commit
 */
public record Turn(ConversationState state, String citizenText, List<Reply> replies, boolean handoffRequested,
        List<QuestionMissed> misses, List<TicketEffect> ticketEffects) {

    public Turn {
        replies = List.copyOf(replies);
        misses = misses == null ? List.of() : List.copyOf(misses);
        ticketEffects = ticketEffects == null ? List.of() : List.copyOf(ticketEffects);
    }

    public Turn(ConversationState state, String citizenText, List<Reply> replies, boolean handoffRequested,
            List<QuestionMissed> misses) {
        this(state, citizenText, replies, handoffRequested, misses, List.of());
    }

    public Turn(ConversationState state, String citizenText, List<Reply> replies, boolean handoffRequested) {
        this(state, citizenText, replies, handoffRequested, List.of());
    }

    public Turn(ConversationState state, String citizenText, List<Reply> replies) {
        this(state, citizenText, replies, false);
    }

    static Turn handoffRequest(ConversationState state, String citizenText) {
        return new Turn(state, citizenText, List.of(), true);
    }

    /** Whether anything must be applied after the commit. */
    public boolean hasEffects() {
        return !misses.isEmpty() || !ticketEffects.isEmpty();
    }

    Turn withMiss(QuestionMissed miss) {
        List<QuestionMissed> all = new ArrayList<>(misses);
        all.add(miss);
        return new Turn(state, citizenText, replies, handoffRequested, all, ticketEffects);
    }

    Turn withState(ConversationState newState) {
        return new Turn(newState, citizenText, replies, handoffRequested, misses, ticketEffects);
    }

    Turn withEffect(TicketEffect effect) {
        List<TicketEffect> all = new ArrayList<>(ticketEffects);
        all.add(effect);
        return new Turn(state, citizenText, replies, handoffRequested, misses, all);
    }
}
