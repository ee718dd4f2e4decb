package vn.gialai.dvcbot.core.conversation;

import java.util.List;

/**
 * The outcome of handling one inbound message: the state to keep, what the citizen said as it goes into the
 * transcript, and the replies to send.
 *
 * @param handoffRequested the citizen asked for a person; the engine queues them and says so (the replies
 *     are then still to be written)
 */
public record Turn(ConversationState state, String citizenText, List<Reply> replies, boolean handoffRequested) {

    public Turn {
        replies = List.copyOf(replies);
    }

    public Turn(ConversationState state, String citizenText, List<Reply> replies) {
        this(state, citizenText, replies, false);
    }

    static Turn handoffRequest(ConversationState state, String citizenText) {
        return new Turn(state, citizenText, List.of(), true);
    }
}
