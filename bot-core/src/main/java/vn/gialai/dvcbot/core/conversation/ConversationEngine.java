package vn.gialai.dvcbot.core.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import vn.gialai.dvcbot.core.answers.AnswerCatalog;
import vn.gialai.dvcbot.core.feedback.QuestionMissed;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.core.handoff.HandoffQueue;
import vn.gialai.dvcbot.core.handoff.HandoffSettings;
import vn.gialai.dvcbot.core.handoff.VolunteerSchedule;
import vn.gialai.dvcbot.core.lease.Lease;
import vn.gialai.dvcbot.core.lease.Leases;
import vn.gialai.dvcbot.core.outbox.OutboxDispatcher;
import vn.gialai.dvcbot.core.places.PlaceDirectory;

/**
 * The entry point for every channel. A message is first queued durably in its conversation's inbox; whoever
 * holds the conversation's lease then handles the inbox in order, one message at a time, so two messages of
 * one citizen are never handled at once, on any instance, and none is lost if an instance stops.
 */
public class ConversationEngine {

    private static final Logger log = LoggerFactory.getLogger(ConversationEngine.class);
    private static final Duration RESULT_POLL = Duration.ofMillis(5);

    private final ConversationStore store;
    private final ConversationInbox inbox;
    private final Leases leases;
    private final Dialogue dialogue;
    private final OutboxDispatcher dispatcher;
    private final ConversationSettings settings;
    private final Executor executor;
    private final Clock clock;
    private final HandoffConversation handoff;
    private final ApplicationEventPublisher events;

    /** An engine without volunteers: asking for a person is answered with where to get help instead. */
    public ConversationEngine(ConversationStore store, ConversationInbox inbox, Leases leases, AnswerCatalog catalog,
            OutboxDispatcher dispatcher, ConversationSettings settings, Executor executor, Clock clock) {
        this(store, inbox, leases, catalog, dispatcher, settings, executor, clock, null);
    }

    /** The engine with the handoff to volunteers (see {@link Handoff}). */
    public ConversationEngine(ConversationStore store, ConversationInbox inbox, Leases leases, AnswerCatalog catalog,
            OutboxDispatcher dispatcher, ConversationSettings settings, Executor executor, Clock clock,
            Handoff handoff) {
        this.store = store;
        this.inbox = inbox;
        this.leases = leases;
        this.dialogue = new Dialogue(catalog, settings.maxReplyChars(),
                handoff == null ? PlaceDirectory.NONE : handoff.communes().places());
        this.dispatcher = dispatcher;
        this.settings = settings;
        this.executor = executor;
        this.clock = clock;
        this.events = handoff == null ? null : handoff.events();
        this.handoff = handoff == null ? null : new HandoffConversation(handoff.queue(), handoff.communes(),
                handoff.schedule(), handoff.settings(), handoff.events(), clock);
    }

    /** What the engine needs to queue citizens for volunteers. */
    public record Handoff(HandoffQueue queue, Communes communes, VolunteerSchedule schedule, HandoffSettings settings,
            ApplicationEventPublisher events) {
    }

    /**
     * Handles a message and returns the bot's replies to it. Returns an empty list for a duplicate, and when
     * the replies are not ready within the configured time (the message stays queued and is answered later).
     */
    public List<Reply> handle(InboundMessage message) {
        if (!inbox.accept(message)) {
            return List.of();
        }
        Instant deadline = clock.instant().plus(settings.handleTimeout());
        ConversationKey key = message.conversation();
        while (true) {
            drain(key);
            Optional<List<Reply>> result = inbox.result(key, message.messageId());
            if (result.isPresent()) {
                return result.get();
            }
            if (clock.instant().isAfter(deadline)) {
                log.warn("Replies for a {} message not ready in {}; they will arrive later", key.channel(),
                        settings.handleTimeout());
                return List.of();
            }
            LockSupport.parkNanos(RESULT_POLL.toNanos());
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
        inbox.pending().forEach(this::schedule);
    }

    /**
     * Adds a message a person wrote (a volunteer) or the system sends on its own to a conversation and
     * delivers it on the citizen's channel.
     */
    public TranscriptMessage send(ConversationKey key, Sender from, Reply reply, String author) {
        TranscriptMessage message = store.append(key, from, reply, author, dispatcher.delivers(key.channel()));
        dispatcher.nudge(key);
        return message;
    }

    private void schedule(ConversationKey key) {
        try {
            executor.execute(() -> drain(key));
        } catch (RejectedExecutionException shuttingDown) {
            log.debug("Not handling {} now: shutting down; another instance or the next start will", key.channel());
        }
    }

    /**
     * Handles the conversation's inbox if no one else is; returns at once otherwise. Checks again after
     * letting go, because a message may have arrived while its sender could not take the lease.
     */
    void drain(ConversationKey key) {
        do {
            Optional<Lease> lease = leases.tryAcquire("conversation:" + key.id(), settings.lockLease());
            if (lease.isEmpty()) {
                return;
            }
            try (Lease held = lease.get()) {
                if (!drainHeld(key, held)) {
                    return;
                }
            }
        } while (inbox.head(key).isPresent());
    }

    private boolean drainHeld(ConversationKey key, Lease held) {
        Optional<InboundMessage> next;
        while ((next = inbox.head(key)).isPresent()) {
            handleHead(next.get());
            if (!held.renew()) {
                return false;
            }
        }
        inbox.settle(key);
        return true;
    }

    private void handleHead(InboundMessage message) {
        ConversationKey key = message.conversation();
        if (inbox.result(key, message.messageId()).isPresent()) {
            inbox.dropHead(key, message.messageId());
            return;
        }
        ConversationState state = store.load(key);
        Turn turn = respond(state, message);
        Turn stamped = new Turn(turn.state().touchedAt(clock.instant()), turn.citizenText(), turn.replies());
        store.commitTurn(message, stamped, dispatcher.delivers(key.channel()));
        dispatcher.nudge(key);
        report(turn.misses());
    }

    /** Misses go to the editors' inbox; losing one must never disturb the conversation. */
    private void report(List<QuestionMissed> misses) {
        if (events == null) {
            return;
        }
        for (QuestionMissed miss : misses) {
            try {
                events.publishEvent(miss.at() != null ? miss
                        : new QuestionMissed(miss.question(), miss.reason(), miss.entryId(), clock.instant()));
            } catch (RuntimeException e) {
                log.warn("Could not record a missed question for the editors: {}", e.toString());
            }
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
                            BotTexts.HANDOFF_UNAVAILABLE, null, List.of(EntryReplies.menuChoice()))))
                    : turn;
        } catch (DataAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("Could not handle a {} message; answered with an apology", message.conversation().channel(), e);
            return new Turn(state, message.text(), List.of(Reply.info(BotTexts.INTERNAL_ERROR)));
        }
    }
}
