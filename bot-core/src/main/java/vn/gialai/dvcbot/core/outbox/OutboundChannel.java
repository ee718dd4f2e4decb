package vn.gialai.dvcbot.core.outbox;

/**
 * Sends messages to citizens on one platform. Implementations render a reply for the platform (splitting
 * long text, turning choices into buttons or numbered lines) and report what happened; they must not retry
 * on their own, the dispatcher does.
 */
public interface OutboundChannel {

    /** The channel name used in {@link vn.gialai.dvcbot.core.message.ConversationKey#channel()}. */
    String channel();

    /** Delivers one outbox item; called again for the same item only when the result asked for a retry. */
    DeliveryResult deliver(OutboxItem item);
}
