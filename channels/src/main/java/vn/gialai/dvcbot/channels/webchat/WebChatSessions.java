package vn.gialai.dvcbot.channels.webchat;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import vn.gialai.dvcbot.core.conversation.ConversationStore;
import vn.gialai.dvcbot.core.message.ConversationKey;

/** Web chat sessions are conversations on the "webchat" channel whose chat id is 192 random bits. */
final class WebChatSessions {

    static final String CHANNEL = "webchat";
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_-]{32}");
    /**
     * A session lives for the conversation retention (90 days) after its last message and is never deleted
     * earlier, so one seen to exist a minute ago still does: its next messages skip the Redis look-up.
     */
    private static final long KNOWN_FOR_NANOS = TimeUnit.MINUTES.toNanos(1);
    private static final int MAX_KNOWN = 50_000;

    private final ConversationStore store;
    private final SecureRandom random = new SecureRandom();
    /** Sessions seen to exist, until when (System.nanoTime) to trust that without asking Redis. */
    private final Map<String, Long> known = new ConcurrentHashMap<>();

    WebChatSessions(ConversationStore store) {
        this.store = store;
    }

    String create() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store.open(new ConversationKey(CHANNEL, id));
        remember(id);
        return id;
    }

    /** The session's conversation, if the id is well-formed and the session exists. */
    ConversationKey find(String sessionId) {
        if (sessionId == null || !SESSION_ID.matcher(sessionId).matches()) {
            throw new UnknownSessionException();
        }
        ConversationKey key = new ConversationKey(CHANNEL, sessionId);
        Long until = known.get(sessionId);
        if (until != null && until - System.nanoTime() > 0) {
            return key;
        }
        if (!store.exists(key)) {
            throw new UnknownSessionException();
        }
        remember(sessionId);
        return key;
    }

    private void remember(String sessionId) {
        if (known.size() >= MAX_KNOWN) {
            known.clear();
        }
        known.put(sessionId, System.nanoTime() + KNOWN_FOR_NANOS);
    }

    static final class UnknownSessionException extends RuntimeException {
        UnknownSessionException() {
            super("Unknown web chat session", null, false, false);
        }
    }
}
