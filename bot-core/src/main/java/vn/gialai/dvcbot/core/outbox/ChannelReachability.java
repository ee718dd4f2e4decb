package vn.gialai.dvcbot.core.outbox;

import java.time.Instant;
import java.util.Optional;
import vn.gialai.dvcbot.core.message.ConversationKey;

/**
 * What a channel knows about whether a citizen can be reached right now, for the volunteer console (Zalo's
 * messaging window, a Telegram user who blocked the bot). Channels without such limits provide none.
 */
public interface ChannelReachability {

    /** The channel this applies to. */
    String channel();

    /** A notice about the conversation, or empty when nothing limits replies. */
    Optional<Notice> notice(ConversationKey key);

    /**
     * Whether a reply that would not be free now (the notice says not reachable) is held by the channel until
     * the citizen writes again, unless the volunteer chooses to send it at once ({@link #allowPaidReply}).
     */
    default boolean holdsReplies() {
        return false;
    }

    /** The volunteer chose to send their next reply now, although it may be billed or refused by the platform. */
    default void allowPaidReply(ConversationKey key) {
    }

    /**
     * @param reachable whether a reply sent now can reach the citizen
     * @param until when the current state ends (the window closes), or null
     * @param message for the volunteer, in Vietnamese, e.g. "Cửa sổ nhắn tin Zalo đóng lúc 14:30 29/11."
     */
    record Notice(boolean reachable, Instant until, String message) {
    }
}
