package vn.gialai.dvcbot.core.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import vn.gialai.dvcbot.core.answers.AnswerCatalog;
import vn.gialai.dvcbot.core.feedback.QuestionMissed;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.core.handoff.HandoffQueue;
import vn.gialai.dvcbot.core.limits.CitizenLimits;
import vn.gialai.dvcbot.core.handoff.HandoffSettings;
import vn.gialai.dvcbot.core.handoff.VolunteerSchedule;
import vn.gialai.dvcbot.core.lease.UnreleasedLeases;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.ConversationMessages;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.ReplyKind;
import vn.gialai.dvcbot.core.message.Sender;
import vn.gialai.dvcbot.core.message.TranscriptMessage;
import vn.gialai.dvcbot.core.outbox.OutboxDispatcher;
import vn.gialai.dvcbot.core.places.PlaceDirectory;
import vn.gialai.dvcbot.core.texts.BotText;

/**
 * The entry point for every channel. A message is first queued durably in its conversation's inbox; whoever
 * holds the conversation then handles the inbox in order, one message at a time, so two messages of one citizen
 * are never handled at once, on any instance, and none is lost if an instance stops. A turn is decided without
 * writing anything and committed in one atomic step with everything it changes; what lies outside the
 * conversation's keys (ticket changes, missed questions) is recorded in that step and made right after it.
 */
// Over 250 lines on purpose: one protocol with RedisConversationTurns' scripts (claim, turns, effects, release).
public class ConversationEngine implements ConversationMessages {

    private static final Logger log = LoggerFactory.getLogger(ConversationEngine.class);
    /** How often a waiting request looks for its result itself, in case an announcement was lost. */
    private static final Duration RESULT_FALLBACK_POLL = Duration.ofMillis(100);

    private final ConversationStore store;
    private final ConversationInbox inbox;
    private final ConversationTurns turns;
    private final Dialogue dialogue;
    private final OutboxDispatcher dispatcher;
    private final ConversationSettings settings;
    private final Executor executor;
    private final Clock clock;
    private final HandoffConversation handoff;
    private final ApplicationEventPublisher events;
    private final CitizenLimits limits;
    private final ReplyWaiters waiters = new ReplyWaiters();
    /** Conversations with a drain queued on the executor that has not started yet. */
    private final Set<ConversationKey> scheduled = ConcurrentHashMap.newKeySet();
    private final UnreleasedLeases unreleased;

    /** An engine without volunteers: asking for a person is answered with where to get help instead. */
    public ConversationEngine(ConversationStore store, ConversationInbox inbox, ConversationTurns turns,
            AnswerCatalog catalog, OutboxDispatcher dispatcher, ConversationSettings settings, Executor executor,
            Clock clock) {
        this(store, inbox, turns, catalog, dispatcher, settings, executor, clock, null);
    }

    /** The engine with the handoff to volunteers (see {@link Handoff}). */
    public ConversationEngine(ConversationStore store, ConversationInbox inbox, ConversationTurns turns,
            AnswerCatalog catalog, OutboxDispatcher dispatcher, ConversationSettings settings, Executor executor,
            Clock clock, Handoff handoff) {
        this.store = store;
        this.inbox = inbox;
        this.turns = turns;
        this.dialogue = new Dialogue(catalog, settings.maxReplyChars(),
                handoff == null ? PlaceDirectory.NONE : handoff.communes().places());
        this.dispatcher = dispatcher;
        this.settings = settings;
        this.executor = executor;
        this.clock = clock;
        this.unreleased = new UnreleasedLeases(clock);
        this.events = handoff == null ? null : handoff.events();
        this.handoff = handoff == null ? null : new HandoffConversation(handoff.queue(), handoff.communes(),
                handoff.schedule(), handoff.settings(), handoff.events(), handoff.limits(), clock, catalog::texts);
        this.limits = handoff == null ? CitizenLimits.NONE : handoff.limits();
        turns.onAnnounced(this::resultReady);
    }

    /**
     * What the engine needs to queue citizens for volunteers.
     *
     * @param limits how many tickets and missed questions a citizen may cause (docs/security.md)
     */
    public record Handoff(HandoffQueue queue, Communes communes, VolunteerSchedule schedule, HandoffSettings settings,
            ApplicationEventPublisher events, CitizenLimits limits) {

        public Handoff(HandoffQueue queue, Communes communes, VolunteerSchedule schedule, HandoffSettings settings,
                ApplicationEventPublisher events) {
            this(queue, communes, schedule, settings, events, CitizenLimits.NONE);
        }
    }

    /**
     * Handles a message and returns the bot's replies to it. Returns an empty list for a duplicate, and when
     * the replies are not ready within the configured time (the message stays queued and is answered later).
     */
    public List<Reply> handle(InboundMessage message) {
        CompletableFuture<List<Reply>> replies = waiters.register(message);
        try {
            ConversationInbox.Accepted accepted = inbox.acceptAndClaim(message, settings.lockLease());
            if (!accepted.isNew()) {
                return List.of();
            }
            try {
                // Taken at once, in the same round trip as the accept; if another holder has the conversation, it
                // handles this message too.
                accepted.claim().ifPresent(this::drain);
            } catch (RuntimeException e) {
                if (!replies.isDone()) {
                    throw e;
                }
                log.warn("A {} turn was committed but what followed failed; retried later: {}",
                        message.conversation().channel(), e.toString());
            }
            return await(message, replies);
        } finally {
            waiters.forget(message);
        }
    }

    /**
     * Waits for the turn committed here (completed in memory) or on another instance (announced); looks for the
     * result itself now and then, and takes the conversation over if its holder let go meanwhile.
     */
    private List<Reply> await(InboundMessage message, CompletableFuture<List<Reply>> replies) {
        ConversationKey key = message.conversation();
        Instant deadline = clock.instant().plus(settings.handleTimeout());
        while (true) {
            try {
                return replies.get(RESULT_FALLBACK_POLL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException notYet) {
                Optional<List<Reply>> stored = inbox.result(key, message.messageId());
                if (stored.isPresent()) {
                    return stored.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
            if (clock.instant().isAfter(deadline)) {
                log.warn("Replies for a {} message not ready in {}; they will arrive later", key.channel(),
                        settings.handleTimeout());
                return List.of();
            }
            drain(key);
        }
    }

    /** Another instance committed a turn whose request may wait here. */
    private void resultReady(ConversationKey key, String messageId) {
        if (waiters.isWaiting(key, messageId)) {
            inbox.result(key, messageId).ifPresent(replies -> waiters.complete(key, messageId, replies));
        }
    }

    /**
     * Queues a message and handles it in the background; for channels that acknowledge the platform at once
     * and deliver replies through the outbox. Returns false for a duplicate.
     */
    public boolean submit(InboundMessage message) {
        if (!inbox.accept(message)) {
            return false;
        }
        schedule(message.conversation());
        return true;
    }

    /** Handles whatever is waiting in any inbox; run periodically to recover work of a stopped instance. */
    public void drainPending() {
        unreleased.retry();
        inbox.pending().forEach(this::schedule);
    }

    /**
     * Adds a message a person wrote (a volunteer) or the system sends on its own to a conversation and
     * delivers it on the citizen's channel.
     */
    @Override
    public TranscriptMessage send(ConversationKey key, Sender from, Reply reply, String author) {
        TranscriptMessage message = store.append(key, from, reply, author, dispatcher.delivers(key.channel()));
        dispatcher.nudge(key);
        return message;
    }

    /**
     * Queues a drain unless one is already queued and not yet started: that one will see this conversation's
     * messages, since it claims only when it runs. Without this the sweep queued every pending conversation again
     * each second during a burst, and each extra drain cost a claim and a settle for nothing.
     */
    private void schedule(ConversationKey key) {
        if (!scheduled.add(key)) {
            return;
        }
        try {
            executor.execute(() -> {
                scheduled.remove(key);
                drainLogged(key);
            });
        } catch (RejectedExecutionException shuttingDown) {
            scheduled.remove(key);
            log.debug("Not handling {} now: shutting down; another instance or the next start will", key.channel());
        }
    }

    /** In the background a failure is only logged: the message stays queued and the sweep tries again. */
    private void drainLogged(ConversationKey key) {
        try {
            drain(key);
        } catch (RuntimeException e) {
            log.warn("Could not handle a {} conversation now; the sweep retries: {}", key.channel(), e.toString());
        }
    }

    /**
     * Handles the conversation's inbox if no one else is; returns at once otherwise. The last step lets the
     * conversation go in the same script that sees the inbox empty, so a message queued meanwhile is either
     * seen there or finds the conversation free.
     */
    void drain(ConversationKey key) {
        turns.claim(key, settings.lockLease()).ifPresent(this::drain);
    }

    /** Handles what a claim found, then what arrives meanwhile, until the conversation is let go. */
    private void drain(ConversationTurns.Claim claim) {
        ConversationKey key = claim.key();
        if (claim.idle()) {
            inbox.settle(key);
            return;
        }
        try {
            ConversationState state = claim.state();
            ConversationTurns.Next next = new ConversationTurns.Next(claim.head(), false);
            if (claim.effects().isPresent()) {
                Made made = make(claim, state, claim.effects().get());
                state = made.state();
                next = made.next();
            }
            while (next.head().isPresent()) {
                Made made = handleHead(claim, state, next.head().get());
                state = made.state();
                next = made.next();
            }
        } catch (ConversationTurns.LeaseLost lost) {
            log.info("A {} conversation was taken over by another instance: {}", key.channel(), lost.getMessage());
            return;
        } catch (RuntimeException e) {
            release(claim);
            throw e;
        }
        inbox.settle(key);
    }

    private Made handleHead(ConversationTurns.Claim claim, ConversationState state, InboundMessage message) {
        ConversationKey key = message.conversation();
        Turn stamped = stamped(respond(state, message), clock.instant());
        boolean viaOutbox = dispatcher.delivers(key.channel());
        boolean announce = !viaOutbox && !waiters.isWaiting(key, message.messageId());
        ConversationTurns.Next next = turns.commit(claim, message, stamped, viaOutbox, announce);
        waiters.complete(key, message.messageId(), stamped.replies());
        if (viaOutbox && !stamped.replies().isEmpty()) {
            dispatcher.nudge(key);
        }
        announce(TurnHandled.of(state, message, stamped, stamped.state().updatedAt(), dialogue.texts()));
        return stamped.hasEffects() ? make(claim, stamped.state(), TurnEffects.of(message, stamped))
                : new Made(stamped.state(), next);
    }

    /** Makes a committed turn's effects, then marks them made (with the state they changed, if any). */
    private Made make(ConversationTurns.Claim claim, ConversationState committed, TurnEffects effects) {
        ConversationState state = committed;
        if (handoff != null && !effects.tickets().isEmpty()) {
            state = handoff.apply(claim.key(), committed, effects.tickets()).orElse(committed);
        }
        report(effects.misses().stream().filter(miss -> limits.mayRecordMiss(claim.key())).toList());
        ConversationState changed = state.equals(committed) ? null : state;
        return new Made(state, turns.effectsMade(claim, effects, changed));
    }

    private static Turn stamped(Turn turn, Instant now) {
        List<QuestionMissed> misses = turn.misses().stream().map(m -> m.at() != null ? m
                : new QuestionMissed(m.question(), m.reason(), m.entryId(), now)).toList();
        return new Turn(turn.state().touchedAt(now), turn.citizenText(), turn.replies(), turn.handoffRequested(),
                misses, turn.ticketEffects());
    }

    private void release(ConversationTurns.Claim claim) {
        try {
            turns.release(claim);
        } catch (RuntimeException e) {
            log.debug("Could not let a {} conversation go; trying again at the next sweep", claim.key().channel());
            unreleased.add(() -> turns.release(claim));
        }
    }

    private record Made(ConversationState state, ConversationTurns.Next next) {
    }

    /** Misses go to the editors' inbox; losing one must never disturb the conversation. */
    private void report(List<QuestionMissed> misses) {
        if (events == null) {
            return;
        }
        for (QuestionMissed miss : misses) {
            try {
                events.publishEvent(miss);
            } catch (RuntimeException e) {
                log.warn("Could not record a missed question for the editors: {}", e.toString());
            }
        }
    }

    /** For counting (statistics): after the commit, and never a reason to disturb the conversation. */
    private void announce(TurnHandled handled) {
        if (events == null) {
            return;
        }
        try {
            events.publishEvent(handled);
        } catch (RuntimeException e) {
            log.warn("Could not announce a handled {} turn: {}", handled.conversation().channel(), e.toString());
        }
    }

    /** A bug on one message must not block the conversation behind it: apologise and move on. */
    private Turn respond(ConversationState state, InboundMessage message) {
        try {
            if (handoff != null) {
                return handoff.respond(state, message, dialogue);
            }
            Turn turn = dialogue.respond(state, message);
            return turn.handoffRequested()
                    ? dialogue.reply(turn.state(), turn.citizenText(), List.of(new Reply(ReplyKind.HANDOFF,
                            dialogue.texts().get(BotText.HANDOFF_UNAVAILABLE), null, List.of(dialogue.menuChoice()))))
                    : turn;
        } catch (DataAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("Could not handle a {} message; answered with an apology", message.conversation().channel(), e);
            return new Turn(state, message.text(), List.of(Reply.info(dialogue.texts().get(BotText.INTERNAL_ERROR))));
        }
    }
}
