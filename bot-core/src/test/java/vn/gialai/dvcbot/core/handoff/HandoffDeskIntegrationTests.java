package vn.gialai.dvcbot.core.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.conversation.ConversationEngine;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.conversation.ConversationSettings;
import vn.gialai.dvcbot.core.conversation.TurnHandled;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.Sender;
import vn.gialai.dvcbot.core.message.TranscriptMessage;
import vn.gialai.dvcbot.core.outbox.OutboxDispatcher;
import vn.gialai.dvcbot.core.outbox.OutboxSettings;
import vn.gialai.dvcbot.core.redis.TestAdapters;
import vn.gialai.dvcbot.core.testing.InMemoryAnswerCatalog;
import vn.gialai.dvcbot.core.testing.SettableClock;
import vn.gialai.dvcbot.core.testing.RecordingOutboundChannel;
import vn.gialai.dvcbot.core.testing.TestRedis;

/** The whole handoff on a real Redis: the engine queues the citizen, the desk acts, Zalo gets the messages. */
class HandoffDeskIntegrationTests {

    private static final ConversationKey ZALO = new ConversationKey("zalo", "citizen-1");
    private static final Volunteer LAN = new Volunteer("lan", "Lan", false);

    private final InMemoryAnswerCatalog catalog = new InMemoryAnswerCatalog()
            .topic("ho-tich", "Hộ tịch")
            .add(InMemoryAnswerCatalog.procedure("birth-registration", "ho-tich", "Đăng ký khai sinh"), "khai sinh");
    private final List<Object> events = new CopyOnWriteArrayList<>();
    private final RecordingOutboundChannel zalo = new RecordingOutboundChannel("zalo");
    private final SettableClock clock = new SettableClock(Instant.parse("2025-12-01T02:00:00Z"));
    private LettuceConnectionFactory factory;
    private StringRedisTemplate redis;
    private String prefix;
    private ConversationEngine engine;
    private HandoffDesk desk;
    private HandoffQueue queue;
    private ExecutorService workers;
    private OutboxDispatcher dispatcher;
    private java.util.concurrent.ScheduledExecutorService sweeper;

    @BeforeEach
    void start() {
        factory = TestRedis.connectionFactory();
        redis = TestRedis.template(factory);
        prefix = TestRedis.uniquePrefix();
        HandoffSettings settings = HandoffSettings.defaults();
        TestAdapters adapters = TestAdapters.on(redis, prefix, ConversationSettings.defaults(), clock);
        queue = TestAdapters.handoffQueue(redis, prefix, settings);
        workers = Executors.newFixedThreadPool(2);
        dispatcher = new OutboxDispatcher(adapters.outbox(), Map.of("zalo", zalo),
                new OutboxSettings(5, Duration.ofMillis(50), Duration.ofSeconds(1), 2,
                Duration.ofSeconds(10)), Executors.newFixedThreadPool(2),
                Clock.systemUTC());
        Communes communes = Communes.bundled();
        engine = new ConversationEngine(adapters.store(), adapters.inbox(), adapters.turns(), catalog, dispatcher,
                ConversationSettings.defaults(), workers, clock, new ConversationEngine.Handoff(queue, communes,
                        new VolunteerSchedule(settings, communes), settings, events::add));
        desk = new HandoffDesk(queue, engine, events::add, settings, clock);
        // As the app's background sweep does: deliveries nudged while a drain was finishing are picked up.
        sweeper = Executors.newSingleThreadScheduledExecutor();
        sweeper.scheduleWithFixedDelay(dispatcher::sweep, 100, 100, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @AfterEach
    void stop() {
        sweeper.shutdownNow();
        workers.shutdownNow();
        dispatcher.close();
        TestRedis.deleteKeys(redis, prefix);
        factory.destroy();
    }

    @Test
    void anIdleClaimReturnsToTheQueueOnceAndTheCitizenIsTold() {
        String id = requestVolunteer();
        assertThat(desk.claim(id, LAN).done()).isTrue();

        clock.advance(Duration.ofMinutes(9));
        assertThat(desk.returnLapsed()).isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(desk.returnLapsed()).isEqualTo(1);
        assertThat(desk.returnLapsed()).isZero();

        assertThat(queue.find(id).orElseThrow().status()).isEqualTo(TicketStatus.WAITING);
        assertThat(events).filteredOn(HandoffReleased.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((HandoffReleased) e).leaseExpired()).isTrue());
        await().atMost(Duration.ofSeconds(10)).until(() -> zalo.deliveredTexts().stream()
                .anyMatch(t -> t.contains("tạm thời vắng mặt")));
    }

    @Test
    void aVolunteerReplyReachesTheCitizensChannelAndTheBotStaysQuietUntilClose() {
        String id = requestVolunteer();
        desk.claim(id, LAN);

        assertThat(desk.reply(id, LAN, "Chào bác, cháu là Lan.").done()).isTrue();
        assertThat(desk.reply(id, new Volunteer("minh", "Minh", false), "Chen ngang").result())
                .isEqualTo(Transition.Result.HELD_BY_OTHER);
        List<Reply> whileHeld = engine.handle(InboundMessage.text(ZALO, "z-3", "khai sinh"));

        assertThat(whileHeld).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> zalo.delivered().stream()
                .anyMatch(item -> item.from() == Sender.VOLUNTEER && item.reply().text().equals("Chào bác, cháu là Lan.")));
        assertThat(queue.find(id).orElseThrow().ticket().lastMessageAt()).isEqualTo(clock.instant());

        assertThat(desk.close(id, LAN, Resolution.ANSWERED, "").done()).isTrue();
        List<Reply> afterClose = engine.handle(InboundMessage.text(ZALO, "z-4", "khai sinh"));

        assertThat(afterClose).singleElement().satisfies(r -> assertThat(r.entryId()).isEqualTo("birth-registration"));
        assertThat(events).filteredOn(e -> !(e instanceof TurnHandled)).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("HandoffRequested", "HandoffClaimed", "HandoffClosed");
        List<TranscriptMessage> transcript = TestAdapters.on(redis, prefix, ConversationSettings.defaults(),
                Clock.systemUTC()).store().transcript(ZALO, 0);
        assertThat(transcript).extracting(TranscriptMessage::from).contains(Sender.VOLUNTEER);
    }

    private String requestVolunteer() {
        engine.handle(InboundMessage.text(ZALO, "z-1", "gặp tình nguyện viên"));
        engine.handle(InboundMessage.choice(ZALO, "z-2", "commune:skip"));
        return queue.list(TicketStatus.WAITING, 0).get(0).id();
    }
}
