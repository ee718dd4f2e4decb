package vn.gialai.dvcbot.core.conversation;

import java.util.ArrayList;
import java.util.List;
import vn.gialai.dvcbot.core.feedback.QuestionMissed;

/**
 * The outcome of handling one inbound message: the state to keep, what the citizen said as it goes into the
 * transcript, and the replies to send.
 *
 * @param handoffRequested the citizen asked for a person; the engine queues them and says so (the replies
 *     are then still to be written)
 * @param misses questions this turn showed the bot did not serve well, for the editors' inbox
 */
public record Turn(ConversationState state, String citizenText, List<Reply> replies, boolean handoffRequested,
        List<QuestionMissed> misses) {

    public Turn {
        replies = List.copyOf(replies);
        misses = misses == null ? List.of() : List.copyOf(misses);
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

    Turn withMiss(QuestionMissed miss) {
        List<QuestionMissed> all = new ArrayList<>(misses);
        all.add(miss);
        return new Turn(state, citizenText, replies, handoffRequested, all);
    }

    Turn withState(ConversationState newState) {
        return new Turn(newState, citizenText, replies, handoffRequested, misses);
    }
}
