package vn.gialai.dvcbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.conversation.TurnHandled.Outcome;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.core.handoff.HandoffSettings;
import vn.gialai.dvcbot.core.handoff.VolunteerSchedule;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.Sender;
import vn.gialai.dvcbot.core.outbox.OutboxDispatcher;
import vn.gialai.dvcbot.core.outbox.OutboxSettings;
import vn.gialai.dvcbot.core.redis.TestAdapters;
import vn.gialai.dvcbot.core.testing.InMemoryAnswerCatalog;
import vn.gialai.dvcbot.core.testing.SettableClock;
import vn.gialai.dvcbot.core.testing.TestRedis;

/**
 * The engine announces each turn once, after its commit (the statistics count from it): a platform's retry of the
 * same message is not announced again, and a listener that fails never disturbs the citizen's conversation.
 */
class TurnAnnouncementIntegrationTests {

    private static final ConversationKey WEB = new ConversationKey("webchat", "announce-1");
    private static final ConversationKey OTHER = new ConversationKey("webchat", "announce-2");

    private final InMemoryAnswerCatalog catalog = new InMemoryAnswerCatalog()
            .topic("ho-tich", "Hộ tịch")
            .add(InMemoryAnswerCatalog.procedure("birth-registration", "ho-tich", "Đăng ký khai sinh"), "khai sinh");
    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-14T02:00:00Z"));
    private final List<TurnHandled> announced = new CopyOnWriteArrayList<>();
    private final List<Long> committedSeqWhenAnnounced = new CopyOnWriteArrayList<>();
    private LettuceConnectionFactory factory;
    private StringRedisTemplate redis;
    private String prefix;
    private TestAdapters adapters;
    private ExecutorService workers;
    private OutboxDispatcher dispatcher;

    @BeforeEach
    void connect() {
        factory = TestRedis.connectionFactory();
        redis = TestRedis.template(factory);
        prefix = TestRedis.uniquePrefix();
        adapters = TestAdapters.on(redis, prefix, ConversationSettings.defaults(), clock);
        workers = Executors.newFixedThreadPool(2);
        dispatcher = new OutboxDispatcher(adapters.outbox(), Map.of(),
                new OutboxSettings(5, Duration.ofMillis(50), Duration.ofSeconds(1), 1), Executors.newFixedThreadPool(1),
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
    void eachTurnIsAnnouncedOnceAfterItsRepliesAreCommitted() {
        ConversationEngine engine = engine(event -> {
            if (event instanceof TurnHandled handled) {
                List<vn.gialai.dvcbot.core.message.TranscriptMessage> transcript =
                        adapters.store().transcript(handled.conversation(), 0);
                committedSeqWhenAnnounced.add(transcript.isEmpty() ? 0 : transcript.get(transcript.size() - 1).seq());
                announced.add(handled);
            }
        });

        engine.handle(InboundMessage.text(WEB, "m-1", "khai sinh"));
        engine.handle(InboundMessage.text(WEB, "m-1", "khai sinh"));
        engine.handle(InboundMessage.text(OTHER, "m-2", "xe buýt mấy giờ"));

        assertThat(announced).extracting(TurnHandled::outcomes)
                .containsExactly(java.util.Set.of(Outcome.ANSWER), java.util.Set.of(Outcome.FALLBACK));
        assertThat(announced.get(0).at()).isEqualTo(clock.instant());
        assertThat(announced).extracting(TurnHandled::conversation).containsExactly(WEB, OTHER);
        // When a turn was announced, the citizen's message and the bot's reply were already stored.
        assertThat(committedSeqWhenAnnounced).containsExactly(2L, 2L);
    }

    @Test
    void aFailingListenerNeverCostsTheCitizenTheirAnswer() {
        ConversationEngine engine = engine(event -> {
            if (event instanceof TurnHandled) {
                throw new IllegalStateException("statistics are down");
            }
        });

        List<Reply> replies = engine.handle(InboundMessage.text(WEB, "m-1", "khai sinh"));

        assertThat(replies).singleElement().satisfies(r -> assertThat(r.entryId()).isEqualTo("birth-registration"));
        assertThat(adapters.store().transcript(WEB, 0)).extracting(m -> m.from())
                .containsExactly(Sender.CITIZEN, Sender.BOT);
    }

    private ConversationEngine engine(ApplicationEventPublisher events) {
        Communes communes = Communes.bundled();
        HandoffSettings settings = HandoffSettings.defaults();
        return new ConversationEngine(adapters.store(), adapters.inbox(), adapters.turns(), catalog, dispatcher,
                ConversationSettings.defaults(), workers, clock, new ConversationEngine.Handoff(
                        TestAdapters.handoffQueue(redis, prefix, settings), communes,
                        new VolunteerSchedule(settings, communes), settings, events));
    }
}
