package vn.gialai.dvcbot.core.conversation;

import java.util.List;

/**
 * The outcome of handling one inbound message: the state to keep, what the citizen said as it goes into the
 * transcript, and the replies to send.
 */
public record Turn(ConversationState state, String citizenText, List<Reply> replies) {

    public Turn {
        replies = List.copyOf(replies);
    }
}
