package vn.gialai.dvcbot.core.conversation;

import java.time.Duration;
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

    /**
     * Queues the message as {@link #accept} does and, in the same step, takes the conversation for handling as
     * {@link ConversationTurns#claim} does, unless another holder has it (that holder handles the message).
     */
    Accepted acceptAndClaim(InboundMessage message, Duration lease);

    /**
     * @param isNew false for a duplicate (nothing queued, nothing taken)
     * @param claim the conversation, when it was free and is now taken; empty when another holder has it
     */
    record Accepted(boolean isNew, Optional<ConversationTurns.Claim> claim) {
    }

    /** The replies produced for a handled message, kept for a short while. */
    Optional<List<Reply>> result(ConversationKey key, String messageId);

    /** Conversations that may have messages waiting. */
    Set<ConversationKey> pending();

    /** Forgets the conversation in {@link #pending()} if its inbox is empty and its last turn's effects are made. */
    void settle(ConversationKey key);
}
