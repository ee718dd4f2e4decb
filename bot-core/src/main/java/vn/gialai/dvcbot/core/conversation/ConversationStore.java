package vn.gialai.dvcbot.core.conversation;

import java.util.List;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.Sender;
import vn.gialai.dvcbot.core.message.TranscriptMessage;

/**
 * Keeps conversation state and transcripts. A citizen's turn is committed through {@link ConversationTurns};
 * this port opens conversations, reads them, and adds messages no citizen message caused.
 */
public interface ConversationStore {

    /** Whether the conversation was opened or has had any message within the retention period. */
    boolean exists(ConversationKey key);

    /** Creates an empty conversation (the web chat opens one per session). Idempotent. */
    void open(ConversationKey key);

    /** The current state, or {@link ConversationState#fresh()} for a new conversation. */
    ConversationState load(ConversationKey key);

    /**
     * Appends a message that no citizen message caused (a volunteer's reply, a notice) and, when
     * {@code viaOutbox}, queues it for delivery. Returns it with its sequence number.
     */
    TranscriptMessage append(ConversationKey key, Sender from, Reply reply, String author, boolean viaOutbox);

    /** Transcript messages with a sequence number greater than {@code afterSeq}, oldest first. */
    List<TranscriptMessage> transcript(ConversationKey key, long afterSeq);
}
