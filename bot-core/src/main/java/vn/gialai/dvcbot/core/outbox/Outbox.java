package vn.gialai.dvcbot.core.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gialai.dvcbot.core.conversation.ConversationKey;

/**
 * The per-conversation outboxes. Items are added by the conversation store together with the turn that
 * produced them; this port is what the dispatcher needs to drain them.
 */
public interface Outbox {

    /** Conversations that may have items waiting. */
    Set<ConversationKey> ready();

    /** The oldest item and the earliest time it may be tried again. */
    Optional<Pending> head(ConversationKey key);

    /** Removes the head if it is still {@code itemId}. */
    void remove(ConversationKey key, String itemId);

    /** Records a failed attempt on the head and when to try again. */
    void defer(ConversationKey key, String itemId, int attempts, Instant notBefore);

    /** Removes the head and keeps it, with the reason, among the undeliverable items. */
    void giveUp(ConversationKey key, OutboxItem item, String reason);

    /** The most recent undeliverable items, newest first. */
    List<Undeliverable> undeliverable(int limit);

    /** Forgets the conversation in {@link #ready()} if its outbox is empty. */
    void settle(ConversationKey key);

    record Pending(OutboxItem item, Instant notBefore) {
    }

    record Undeliverable(OutboxItem item, String reason, Instant at) {
    }
}
