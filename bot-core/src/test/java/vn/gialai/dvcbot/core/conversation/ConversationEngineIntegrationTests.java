package vn.gialai.dvcbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.answers.EntryKind;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.Sender;
import vn.gialai.dvcbot.core.message.TranscriptMessage;
import vn.gialai.dvcbot.core.outbox.DeliveryResult;
import vn.gialai.dvcbot.core.outbox.OutboxDispatcher;
import vn.gialai.dvcbot.core.outbox.OutboxSettings;
import vn.gialai.dvcbot.core.redis.TestAdapters;
import vn.gialai.dvcbot.core.testing.InMemoryAnswerCatalog;
import vn.gialai.dvcbot.core.testing.RecordingOutboundChannel;
import vn.gialai.dvcbot.core.testing.TestRedis;

/** The engine on a real Redis, with a recording channel standing in for a messaging platform. */
class ConversationEngineIntegrationTests {

    private static final ConversationKey WEB = new ConversationKey("webchat", "session-1");
    private static final ConversationKey ZALO = new ConversationKey("zalo", "user-1");

    private final InMemoryAnswerCatalog catalog = new InMemoryAnswerCatalog()
            .topic("ho-tich", "Hộ tịch")
            .add(InMemoryAnswerCatalog.procedure("birth-registration", "ho-tich", "Đăng ký khai sinh"), "khai sinh")
            .add(InMemoryAnswerCatalog.smalltalk("greeting", EntryKind.SMALLTALK, "Chào bà con!"), "xin chao");
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private LettuceConnectionFactory factory;
    private StringRedisTemplate redis;
    private String prefix;
    private RecordingOutboundChannel zalo;

    @BeforeEach
    void connect() {
        factory = TestRedis.connectionFactory();
        redis = TestRedis.template(factory);
        prefix = TestRedis.uniquePrefix();
        zalo = new RecordingOutboundChannel("zalo");
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
        TestRedis.deleteKeys(redis, prefix);
        factory.destroy();
    }

    @Test
    void theSameMessageIdTwiceGetsOneReply() {
        ConversationEngine engine = newInstance();
        InboundMessage message = InboundMessage.text(WEB, "m-1", "khai sinh");

        List<Reply> first = engine.handle(message);
        List<Reply> second = engine.handle(message);

        assertThat(first).hasSize(1);
        assertThat(second).isEmpty();
        assertThat(adapters().store().transcript(WEB, 0)).extracting(TranscriptMessage::from)
                .containsExactly(Sender.CITIZEN, Sender.BOT);
    }

    @Test
    void aConversationContinuesAfterARestartAndItsChoicesStillWork() {
        newInstance().handle(InboundMessage.text(WEB, "m-1", "khai sinh"));

        ConversationEngine restarted = newInstance();
        List<Reply> replies = restarted.handle(InboundMessage.text(WEB, "m-2", "1"));

        assertThat(replies).singleElement().satisfies(reply -> assertThat(reply.text()).contains("Các bước"));
        assertThat(adapters().store().transcript(WEB, 2)).extracting(TranscriptMessage::seq).containsExactly(3L, 4L);
    }

    @Test
    void fiftyConcurrentMessagesOfOneConversationAreAllHandledOneAtATime() throws Exception {
        List<ConversationEngine> instances = List.of(newInstance(), newInstance());
        ExecutorService citizens = Executors.newFixedThreadPool(16);
        List<Future<List<Reply>>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            InboundMessage message = InboundMessage.text(WEB, "m-" + i, "câu hỏi số " + i);
            ConversationEngine instance = instances.get(i % 2);
            results.add(citizens.submit((Callable<List<Reply>>) () -> instance.handle(message)));
        }
        for (Future<List<Reply>> result : results) {
            assertThat(result.get()).hasSize(1);
        }
        citizens.shutdown();

        List<TranscriptMessage> transcript = adapters().store().transcript(WEB, 0);
        assertThat(transcript).hasSize(100);
        for (int i = 0; i < 100; i += 2) {
            assertThat(transcript.get(i).from()).isEqualTo(Sender.CITIZEN);
            assertThat(transcript.get(i + 1).from()).isEqualTo(Sender.BOT);
        }
        assertThat(transcript).extracting(TranscriptMessage::seq).doesNotHaveDuplicates().isSorted();
        assertThat(adapters().store().load(WEB).missCount()).isEqualTo(50);
    }

    @Test
    void messagesAreHandledInTheOrderTheyArrivedEvenWhenSeveralInstancesRace() {
        List<ConversationEngine> instances = List.of(newInstance(), newInstance(), newInstance());
        for (int i = 0; i < 50; i++) {
            instances.get(i % 3).submit(InboundMessage.text(ZALO, "m-" + i, "tin " + i));
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> adapters().store().transcript(ZALO, 0).size() == 100);
        List<String> citizenTexts = adapters().store().transcript(ZALO, 0).stream()
                .filter(m -> m.from() == Sender.CITIZEN).map(TranscriptMessage::text).toList();
        assertThat(citizenTexts).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 50).mapToObj(i -> "tin " + i).toList());
    }

    @Test
    void repliesOnAMessagingChannelAreDeliveredThroughTheOutbox() {
        ConversationEngine engine = newInstance();

        engine.submit(InboundMessage.text(ZALO, "z-1", "xin chao"));

        await().atMost(Duration.ofSeconds(5)).until(() -> zalo.delivered().size() == 1);
        assertThat(zalo.delivered().get(0).to()).isEqualTo(ZALO);
        assertThat(zalo.deliveredTexts().get(0)).startsWith("Chào bà con!");
    }

    @Test
    void aFailedDeliveryIsRetriedAndDeliveredOnce() {
        zalo.thenAnswer(DeliveryResult.retry(Duration.ofMillis(100), "HTTP 502"));
        ConversationEngine engine = newInstance();

        engine.submit(InboundMessage.text(ZALO, "z-1", "khai sinh"));

        await().atMost(Duration.ofSeconds(10)).until(() -> zalo.delivered().size() == 1);
        assertThat(zalo.attempts()).hasSize(2);
        assertThat(zalo.attempts().get(0).id()).isEqualTo(zalo.attempts().get(1).id());
    }

    @Test
    void anUnreachableCitizenIsGivenUpAndRecorded() {
        zalo.thenAnswer(DeliveryResult.undeliverable("user blocked the OA"));
        ConversationEngine engine = newInstance();

        engine.submit(InboundMessage.text(ZALO, "z-1", "khai sinh"));

        await().atMost(Duration.ofSeconds(5)).until(() -> !adapters().outbox().undeliverable(10).isEmpty());
        assertThat(adapters().outbox().undeliverable(10).get(0).reason()).isEqualTo("user blocked the OA");
        assertThat(zalo.delivered()).isEmpty();
    }

    @Test
    void aVolunteerMessageJoinsTheTranscriptAndReachesTheCitizen() {
        ConversationEngine engine = newInstance();

        TranscriptMessage sent = engine.send(ZALO, Sender.VOLUNTEER, Reply.info("Chào bác, cháu là tình nguyện viên."),
                "volunteer-1");

        assertThat(sent.seq()).isEqualTo(1L);
        await().atMost(Duration.ofSeconds(5)).until(() -> zalo.delivered().size() == 1);
        assertThat(zalo.delivered().get(0).from()).isEqualTo(Sender.VOLUNTEER);
    }

    private TestAdapters adapters() {
        return TestAdapters.on(redis, prefix, ConversationSettings.defaults(), Clock.systemUTC());
    }

    /** One app instance: its own adapters, workers and dispatcher on the shared Redis. */
    private ConversationEngine newInstance() {
        TestAdapters adapters = adapters();
        ExecutorService workers = Executors.newFixedThreadPool(4);
        OutboxDispatcher dispatcher = new OutboxDispatcher(adapters.outbox(), Map.of("zalo", zalo),
                new OutboxSettings(5, Duration.ofMillis(50), Duration.ofSeconds(1), 2,
                Duration.ofSeconds(10)),
                Executors.newFixedThreadPool(2), Clock.systemUTC());
        ConversationEngine engine = new ConversationEngine(adapters.store(), adapters.inbox(), adapters.turns(),
                catalog, dispatcher, ConversationSettings.defaults(), workers, Clock.systemUTC());
        java.util.concurrent.ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor();
        sweeper.scheduleWithFixedDelay(() -> {
            engine.drainPending();
            dispatcher.sweep();
        }, 100, 100, java.util.concurrent.TimeUnit.MILLISECONDS);
        toClose.add(sweeper::shutdownNow);
        toClose.add(workers::shutdownNow);
        toClose.add(dispatcher);
        return engine;
    }
}
