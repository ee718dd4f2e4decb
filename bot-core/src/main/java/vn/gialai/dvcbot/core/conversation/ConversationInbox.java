package vn.gialai.dvcbot.core.conversation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.message.Reply;

/**
 * The durable hand-over of inbound messages: one ordered queue per conversation. A channel acknowledges the
 * platform only after {@link #accept} returned, so an accepted message is never lost even if the app stops
 * before handling it.
 */
public interface ConversationInbox {

    /**
     * Queues the message at the end of its conversation's inbox, unless a message with the same id was
     * accepted before (a platform retry). Returns false for such a duplicate.
     */
    boolean accept(InboundMessage message);

    /** The replies produced for a handled message, kept for a short while. */
    Optional<List<Reply>> result(ConversationKey key, String messageId);

    /** Conversations that may have messages waiting. */
    Set<ConversationKey> pending();

    /** Forgets the conversation in {@link #pending()} if its inbox is empty and its last turn's effects are made. */
    void settle(ConversationKey key);
}
