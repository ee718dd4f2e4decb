package vn.gialai.dvcbot.core.conversation;

import java.time.Duration;
import java.util.Optional;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.InboundMessage;

/**
 * The engine's steps on one conversation, each a single atomic round trip to the store: take the conversation
 * with what is needed to handle it, commit a turn and move on to the next message, mark a turn's effects made.
 * Holding a conversation is a lease, so one instance handles it at a time; every step after {@link #claim}
 * checks the lease is still held, renews it, and lets it go once nothing is left to do.
 */
public interface ConversationTurns {

    /**
     * Takes the conversation unless another holder has it: with the oldest message of its inbox, its state, and
     * the effects of its last turn if they were not all made (an instance stopped right after a commit). Empty
     * when someone else holds it; a claim with neither a head nor effects when nothing waits (then nothing was
     * taken and there is nothing to release).
     */
    Optional<Claim> claim(ConversationKey key, Duration lease);

    /**
     * Atomically, while the claim holds: saves the turn's state, appends the citizen's message and the replies
     * to the transcript, removes {@code handled} from the inbox, queues the replies for delivery when
     * {@code viaOutbox}, and records the turn's effects to be made. When {@code announce} (and not
     * {@code viaOutbox}), keeps the replies as the message's result for a while and tells every instance that it
     * is ready: the request waiting for it may be elsewhere. Without {@code announce} the waiting request is the
     * caller's, which gets the replies in memory, so they are not stored.
     *
     * @throws LeaseLost when the claim lapsed or the inbox head is no longer {@code handled}: nothing was written
     */
    Next commit(Claim claim, InboundMessage handled, Turn turn, boolean viaOutbox, boolean announce);

    /** The effects of the last turn are made; saves {@code fixedState} too when not null. */
    Next effectsMade(Claim claim, TurnEffects effects, ConversationState fixedState);

    /** Lets the conversation go early (after a failure); its inbox stays as it is. */
    void release(Claim claim);

    /** Calls {@code listener} when any instance announces a result ({@link #commit}). */
    default AutoCloseable onAnnounced(Announced listener) {
        return () -> { };
    }

    /** The conversation as taken. */
    record Claim(ConversationKey key, String token, Duration lease, Optional<InboundMessage> head,
            ConversationState state, Optional<TurnEffects> effects) {

        /** Nothing waited, so nothing was taken. */
        public boolean idle() {
            return head.isEmpty() && effects.isEmpty();
        }
    }

    /** After a step: the next message to handle, or none and the conversation let go. */
    record Next(Optional<InboundMessage> head, boolean released) {
    }

    /** The answer to {@link #claim} when nothing waits: nothing taken, nothing to release. */
    static Claim nothingWaits(ConversationKey key) {
        return new Claim(key, null, Duration.ZERO, Optional.empty(), ConversationState.fresh(), Optional.empty());
    }

    interface Announced {
        void resultReady(ConversationKey key, String messageId);
    }

    /** The claim lapsed (another instance took over) or its message was handled meanwhile; nothing was written. */
    final class LeaseLost extends RuntimeException {
        public LeaseLost(String message) {
            super(message, null, false, false);
        }
    }
}
