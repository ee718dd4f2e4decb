package vn.gialai.dvcbot.core.conversation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.message.Reply;

/**
 * Requests on this instance waiting for the replies to their message (the web chat). Whoever commits the turn
 * here completes the request in memory; a turn committed on another instance is announced through the store.
 */
final class ReplyWaiters {

    private final Map<String, CompletableFuture<List<Reply>>> waiting = new ConcurrentHashMap<>();

    CompletableFuture<List<Reply>> register(InboundMessage message) {
        CompletableFuture<List<Reply>> replies = new CompletableFuture<>();
        waiting.put(id(message.conversation(), message.messageId()), replies);
        return replies;
    }

    void forget(InboundMessage message) {
        waiting.remove(id(message.conversation(), message.messageId()));
    }

    boolean isWaiting(ConversationKey key, String messageId) {
        return waiting.containsKey(id(key, messageId));
    }

    /** Completes the waiting request, if any; true when there was one. */
    boolean complete(ConversationKey key, String messageId, List<Reply> replies) {
        CompletableFuture<List<Reply>> waiter = waiting.get(id(key, messageId));
        return waiter != null && waiter.complete(replies);
    }

    private static String id(ConversationKey key, String messageId) {
        return key.id() + "\n" + messageId;
    }
}
