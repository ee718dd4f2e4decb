package vn.gialai.dvcbot.core.conversation;

import java.util.List;

/**
 * Keeps conversation state and transcripts. Implementations must make {@link #commitTurn} atomic: after a
 * failure nothing of the turn is visible, and the message stays at the head of the inbox to be handled again.
 */
public interface ConversationStore {

    /** Whether the conversation was opened or has had any message within the retention period. */
    boolean exists(ConversationKey key);

    /** Creates an empty conversation (the web chat opens one per session). Idempotent. */
    void open(ConversationKey key);

    /** The current state, or {@link ConversationState#fresh()} for a new conversation. */
    ConversationState load(ConversationKey key);

    /**
     * Atomically: saves the turn's state, appends the citizen's message and the replies to the transcript,
     * records the replies as the result of {@code handled}, removes {@code handled} from the head of the
     * conversation's inbox and, when {@code viaOutbox}, queues the replies for delivery.
     */
    void commitTurn(InboundMessage handled, Turn turn, boolean viaOutbox);

    /**
     * Appends a message that no citizen message caused (a volunteer's reply, a notice) and, when
     * {@code viaOutbox}, queues it for delivery. Returns it with its sequence number.
     */
    TranscriptMessage append(ConversationKey key, Sender from, Reply reply, String author, boolean viaOutbox);

    /** Transcript messages with a sequence number greater than {@code afterSeq}, oldest first. */
    List<TranscriptMessage> transcript(ConversationKey key, long afterSeq);
}
