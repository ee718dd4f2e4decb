package vn.gialai.dvcbot.core.message;


/**
 * Writes to a citizen's conversation outside their turns (a volunteer's reply, a notice) and delivers it on
 * their channel. The engine provides it; the volunteers' side uses it without knowing the engine.
 */
public interface ConversationMessages {

    /** Appends the message to the transcript (with its sequence number) and queues its delivery. */
    TranscriptMessage send(ConversationKey key, Sender from, Reply reply, String author);
}
