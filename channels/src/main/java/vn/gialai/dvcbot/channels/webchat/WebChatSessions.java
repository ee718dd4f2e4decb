package vn.gialai.dvcbot.channels.webchat;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.conversation.ConversationStore;

/** Web chat sessions are conversations on the "webchat" channel whose chat id is 192 random bits. */
final class WebChatSessions {

    static final String CHANNEL = "webchat";
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_-]{32}");

    private final ConversationStore store;
    private final SecureRandom random = new SecureRandom();

    WebChatSessions(ConversationStore store) {
        this.store = store;
    }

    String create() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store.open(new ConversationKey(CHANNEL, id));
        return id;
    }

    /** The session's conversation, if the id is well-formed and the session exists. */
    ConversationKey find(String sessionId) {
        if (sessionId == null || !SESSION_ID.matcher(sessionId).matches()) {
            throw new UnknownSessionException();
        }
        ConversationKey key = new ConversationKey(CHANNEL, sessionId);
        if (!store.exists(key)) {
            throw new UnknownSessionException();
        }
        return key;
    }

    static final class UnknownSessionException extends RuntimeException {
        UnknownSessionException() {
            super("Unknown web chat session", null, false, false);
        }
    }
}
