package vn.gialai.dvcbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import vn.gialai.dvcbot.core.conversation.TurnHandled.Outcome;
import vn.gialai.dvcbot.core.feedback.MissReason;
import vn.gialai.dvcbot.core.feedback.QuestionMissed;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.core.handoff.HandoffQueue;
import vn.gialai.dvcbot.core.handoff.HandoffRequested;
import vn.gialai.dvcbot.core.handoff.HandoffSettings;
import vn.gialai.dvcbot.core.handoff.TicketStatus;
import vn.gialai.dvcbot.core.handoff.VolunteerSchedule;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.ReplyKind;
import vn.gialai.dvcbot.core.message.Sender;
import vn.gialai.dvcbot.core.message.TranscriptMessage;
import vn.gialai.dvcbot.core.outbox.OutboxDispatcher;
import vn.gialai.dvcbot.core.outbox.OutboxSettings;
import vn.gialai.dvcbot.core.redis.TestAdapters;
import vn.gialai.dvcbot.core.testing.InMemoryAnswerCatalog;
import vn.gialai.dvcbot.core.testing.SettableClock;
import vn.gialai.dvcbot.core.testing.TestRedis;

/**
 * A turn is decided without writing and committed in one step; what it changes under other hash tags is recorded
 * in that step and made afterwards, by the same holder or, after a crash, by whoever takes the conversation next.
 * Each turn is announced once, after its commit, for the statistics; a failing listener never disturbs the citizen.
 */
class AtomicTurnIntegrationTests {

    private static final ConversationKey WEB = new ConversationKey("webchat", "atomic-1");
    private static final ConversationKey OTHER = new ConversationKey("webchat", "atomic-2");

    private final InMemoryAnswerCatalog catalog = new InMemoryAnswerCatalog()
            .topic("ho-tich", "Hộ tịch")
            .add(InMemoryAnswerCatalog.procedure("birth-registration", "ho-tich", "Đăng ký khai sinh"), "khai sinh");
    private final List<Object> events = new CopyOnWriteArrayList<>();
    private final List<TurnHandled> announcedTurns = new CopyOnWriteArrayList<>();
    private final List<Long> committedSeqWhenAnnouncedTurns = new CopyOnWriteArrayList<>();
    private final SettableClock clock = new SettableClock(Instant.parse("2025-12-01T02:00:00Z"));
    private LettuceConnectionFactory factory;
    private StringRedisTemplate redis;
    private String prefix;
    private TestAdapters adapters;
    private HandoffQueue queue;
    private ExecutorService workers;
    private OutboxDispatcher dispatcher;

    @BeforeEach
    void connect() {
        factory = TestRedis.connectionFactory();
        redis = TestRedis.template(factory);
        prefix = TestRedis.uniquePrefix();
        adapters = TestAdapters.on(redis, prefix, ConversationSettings.defaults(), clock);
        queue = TestAdapters.handoffQueue(redis, prefix, HandoffSettings.defaults());
        workers = Executors.newFixedThreadPool(2);
        dispatcher = new OutboxDispatcher(adapters.outbox(), Map.of(),
                new OutboxSettings(5, Duration.ofMillis(50), Duration.ofSeconds(1), 1,
                Duration.ofSeconds(10)), Executors.newFixedThreadPool(1),
                Clock.systemUTC());
    }

    @AfterEach
    void cleanUp() {
        workers.shutdownNow();
        dispatcher.close();
        TestRedis.deleteKeys(redis, prefix);
        factory.destroy();
    }

    @Test
    void askingForAPersonOpensOneTicketAndTheStateNamesIt() {
        List<Reply> replies = engine().handle(InboundMessage.text(WEB, "m-1", "gặp tình nguyện viên"));

        assertThat(replies.get(0).kind()).isEqualTo(ReplyKind.HANDOFF);
        String ticketId = adapters.store().load(WEB).handoffTicketId();
        assertThat(queue.openTicket(WEB)).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(ticketId));
        assertThat(events).filteredOn(HandoffRequested.class::isInstance).hasSize(1);
        assertThat(redis.hasKey(prefix + "conv:{" + WEB.id() + "}:effects")).isFalse();
    }

    @Test
    void effectsLeftByAStoppedInstanceAreMadeByTheNextHolderBeforeItsNextMessage() {
        adapters.inbox().accept(InboundMessage.text(WEB, "m-1", "gặp tình nguyện viên"));
        ConversationTurns.Claim claim = adapters.turns().claim(WEB, Duration.ofSeconds(30)).orElseThrow();
        ConversationState asked = ConversationState.fresh().withHandoffTicket(TicketEffect.NEW_TICKET);
        Turn opening = new Turn(asked, "gặp tình nguyện viên", List.of(Reply.info("Đã chuyển.")), false,
                List.of(new QuestionMissed("giấy khai sinh bản sao", MissReason.FALLBACK, null, clock.instant())),
                List.of(TicketEffect.open(null, "giấy khai sinh bản sao", clock.instant())));

        adapters.turns().commit(claim, claim.head().orElseThrow(), opening, false, false);
        assertThat(queue.list(TicketStatus.WAITING, 0)).as("nothing outside the conversation before the effects").isEmpty();
        adapters.turns().release(claim); // the instance stops here

        engine().handle(InboundMessage.text(WEB, "m-2", "con tôi sinh năm 2020"));

        String ticketId = adapters.store().load(WEB).handoffTicketId();
        assertThat(queue.find(ticketId)).hasValueSatisfying(t -> {
            assertThat(t.status()).isEqualTo(TicketStatus.WAITING);
            assertThat(t.ticket().firstQuestion()).isEqualTo("giấy khai sinh bản sao");
            assertThat(t.ticket().lastMessageAt()).isEqualTo(clock.instant());
        });
        assertThat(events).filteredOn(HandoffRequested.class::isInstance).hasSize(1);
        assertThat(events).filteredOn(QuestionMissed.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((QuestionMissed) e).question()).isEqualTo("giấy khai sinh bản sao"));
    }

    @Test
    void aCommitAfterTheConversationWasTakenOverWritesNothing() {
        adapters.inbox().accept(InboundMessage.text(WEB, "m-1", "gặp tình nguyện viên"));
        ConversationTurns.Claim claim = adapters.turns().claim(WEB, Duration.ofSeconds(30)).orElseThrow();
        redis.delete(prefix + "conv:{" + WEB.id() + "}:lease"); // the lease lapsed…
        adapters.turns().claim(WEB, Duration.ofSeconds(30)).orElseThrow(); // …and another instance took over
        Turn opening = new Turn(ConversationState.fresh().withHandoffTicket(TicketEffect.NEW_TICKET), "gặp",
                List.of(Reply.info("Đã chuyển.")), false, List.of(),
                List.of(TicketEffect.open(null, null, clock.instant())));

        assertThatThrownBy(() -> adapters.turns().commit(claim, claim.head().orElseThrow(), opening, false, false))
                .isInstanceOf(ConversationTurns.LeaseLost.class);
        assertThat(adapters.store().transcript(WEB, 0)).isEmpty();
        assertThat(adapters.store().load(WEB).inHandoff()).isFalse();
        assertThat(queue.list(TicketStatus.WAITING, 0)).isEmpty();
    }

    @Test
    void acceptingAWebChatMessageTakesAFreeConversationInTheSameStepAndNeverADuplicate() {
        InboundMessage first = InboundMessage.text(WEB, "m-1", "khai sinh");

        ConversationInbox.Accepted accepted = adapters.inbox().acceptAndClaim(first, Duration.ofSeconds(30));
        ConversationInbox.Accepted again = adapters.inbox().acceptAndClaim(first, Duration.ofSeconds(30));
        ConversationInbox.Accepted queuedBehind = adapters.inbox().acceptAndClaim(
                InboundMessage.text(WEB, "m-2", "kết hôn"), Duration.ofSeconds(30));

        assertThat(accepted.isNew()).isTrue();
        assertThat(accepted.claim()).hasValueSatisfying(claim -> {
            assertThat(claim.head()).hasValueSatisfying(head -> assertThat(head.messageId()).isEqualTo("m-1"));
            assertThat(claim.state()).isEqualTo(ConversationState.fresh());
        });
        assertThat(again.isNew()).as("a retry of the same message").isFalse();
        assertThat(again.claim()).isEmpty();
        assertThat(queuedBehind.isNew()).isTrue();
        assertThat(queuedBehind.claim()).as("the first holder handles it").isEmpty();
        assertThat(adapters.turns().claim(WEB, Duration.ofSeconds(30))).as("still held").isEmpty();
        assertThat(adapters.inbox().pending()).contains(WEB);
    }

    @Test
    void aResultCommittedOnAnotherInstanceIsAnnouncedToTheWaitingOne() throws Exception {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(factory);
        container.afterPropertiesSet();
        List<String> announced = new CopyOnWriteArrayList<>();
        ConversationTurns elsewhere = TestAdapters.announcingTurns(redis, prefix, ConversationSettings.defaults(),
                clock, container);
        try (AutoCloseable subscription = elsewhere.onAnnounced((key, id) -> announced.add(key.id() + " " + id))) {
            container.start();
            adapters.inbox().accept(InboundMessage.text(WEB, "m-1", "khai sinh"));
            ConversationTurns.Claim claim = adapters.turns().claim(WEB, Duration.ofSeconds(30)).orElseThrow();
            Turn answered = new Turn(ConversationState.fresh(), "khai sinh", List.of(Reply.info("Các bước…")));

            ConversationTurns.Next next = adapters.turns().commit(claim, claim.head().orElseThrow(), answered, false, true);

            assertThat(next.released()).isTrue();
            await().atMost(Duration.ofSeconds(10)).until(() -> !announced.isEmpty());
            assertThat(announced).containsExactly(WEB.id() + " m-1");
            assertThat(adapters.inbox().result(WEB, "m-1")).hasValueSatisfying(
                    replies -> assertThat(replies).extracting(Reply::text).containsExactly("Các bước…"));
        } finally {
            container.stop();
            container.destroy();
        }
    }

    @Test
    void eachTurnIsAnnouncedForTheStatisticsOnceAfterItsRepliesAreCommitted() {
        ConversationEngine engine = engine((Object event) -> {
            if (event instanceof TurnHandled handled) {
                List<TranscriptMessage> stored = adapters.store().transcript(handled.conversation(), 0);
                committedSeqWhenAnnouncedTurns.add(stored.isEmpty() ? 0 : stored.get(stored.size() - 1).seq());
                announcedTurns.add(handled);
            }
        });

        engine.handle(InboundMessage.text(WEB, "m-1", "khai sinh"));
        engine.handle(InboundMessage.text(WEB, "m-1", "khai sinh"));
        engine.handle(InboundMessage.text(OTHER, "m-2", "xe buýt mấy giờ"));

        assertThat(announcedTurns).extracting(TurnHandled::outcomes)
                .containsExactly(Set.of(Outcome.ANSWER), Set.of(Outcome.FALLBACK));
        assertThat(announcedTurns.get(0).at()).isEqualTo(clock.instant());
        assertThat(announcedTurns).extracting(TurnHandled::conversation).containsExactly(WEB, OTHER);
        // When a turn was announced, the citizen's message and the bot's reply were already stored.
        assertThat(committedSeqWhenAnnouncedTurns).containsExactly(2L, 2L);
    }

    @Test
    void aFailingListenerNeverCostsTheCitizenTheirAnswer() {
        ConversationEngine engine = engine((Object event) -> {
            if (event instanceof TurnHandled) {
                throw new IllegalStateException("statistics are down");
            }
        });

        List<Reply> replies = engine.handle(InboundMessage.text(WEB, "m-1", "khai sinh"));

        assertThat(replies).singleElement().satisfies(r -> assertThat(r.entryId()).isEqualTo("birth-registration"));
        assertThat(adapters.store().transcript(WEB, 0)).extracting(m -> m.from())
                .containsExactly(Sender.CITIZEN, Sender.BOT);
    }

    private ConversationEngine engine() {
        return engine(events::add);
    }

    private ConversationEngine engine(ApplicationEventPublisher publisher) {
        Communes communes = Communes.bundled();
        HandoffSettings settings = HandoffSettings.defaults();
        return new ConversationEngine(adapters.store(), adapters.inbox(), adapters.turns(), catalog, dispatcher,
                ConversationSettings.defaults(), workers, clock, new ConversationEngine.Handoff(queue, communes,
                        new VolunteerSchedule(settings, communes), settings, publisher));
    }
}
