package vn.gialai.dvcbot.core.conversation;

import java.util.Optional;
import vn.gialai.dvcbot.core.message.ConversationKey;

/**
 * Display names of citizens for the volunteer console, from the channel that knows them (Zalo's profile
 * API, Telegram's first name). Implementations cache; they never block a conversation.
 */
public interface CitizenProfiles {

    /** The channel this applies to. */
    String channel();

    Optional<String> displayName(ConversationKey key);
}
