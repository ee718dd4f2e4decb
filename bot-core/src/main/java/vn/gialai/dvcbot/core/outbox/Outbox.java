package vn.gialai.dvcbot.core.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gialai.dvcbot.core.message.ConversationKey;

/**
 * The per-conversation outboxes. Items are added by the conversation store together with the turn that
 * produced them; this port is what the dispatcher needs to drain them.
 */
public interface Outbox {

    /** Conversations that may have items waiting. */
    Set<ConversationKey> ready();

    /**
     * Takes the conversation's outbox unless another holder has it, with its oldest item and the earliest time
     * it may be tried again. Empty when someone else holds it, or when it is empty (then nothing was taken and
     * the conversation is forgotten in {@link #ready()}).
     */
    Optional<Claim> claim(ConversationKey key, Duration lease);

    /**
     * Removes the head if it is still {@code itemId} and returns the next item, renewing the claim; when none is
     * left, lets the outbox go and returns empty.
     *
     * @throws IllegalStateException when the claim lapsed (another holder may deliver now)
     */
    Optional<Pending> delivered(Claim claim, String itemId);

    /** Extends the claim by its lease while it is still held; false when it lapsed or was taken over. */
    boolean renew(Claim claim);

    /** Lets the outbox go; its items stay for the next drain. */
    void release(Claim claim);

    /** The oldest item and the earliest time it may be tried again, without taking the outbox. */
    Optional<Pending> head(ConversationKey key);

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

    /** A taken outbox and its oldest item. */
    record Claim(ConversationKey key, String token, Duration lease, Pending head) {
    }

    record Undeliverable(OutboxItem item, String reason, Instant at) {
    }
}
