package vn.gialai.dvcbot.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.conversation.ConversationSettings;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.Sender;
import vn.gialai.dvcbot.core.redis.RedisKeys;
import vn.gialai.dvcbot.core.redis.TestAdapters;
import vn.gialai.dvcbot.core.testing.RecordingOutboundChannel;
import vn.gialai.dvcbot.core.testing.TestRedis;

/**
 * An outbox lease is short and renewed while a send is in flight: replies a dead instance held are delivered by
 * another soon after the crash, yet a slow send never lets a second sender in.
 */
class OutboxLeaseIntegrationTests {

    private static final ConversationKey ZALO = new ConversationKey("zalo", "lease-1");
    /** Short for the test, long enough that a loaded build machine does not stall a renewal for all of it. */
    private static final Duration LEASE = Duration.ofSeconds(2);

    private final List<AutoCloseable> toClose = new CopyOnWriteArrayList<>();
    private LettuceConnectionFactory factory;
    private StringRedisTemplate redis;
    private String prefix;
    private TestAdapters adapters;

    @BeforeEach
    void connect() {
        factory = TestRedis.connectionFactory();
        redis = TestRedis.template(factory);
        prefix = TestRedis.uniquePrefix();
        adapters = TestAdapters.on(redis, prefix, ConversationSettings.defaults(), Clock.systemUTC());
        adapters.store().open(ZALO);
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
    void aReplyHeldByADeadInstanceIsDeliveredOnceByAnotherWhenItsLeaseLapses() {
        adapters.store().append(ZALO, Sender.VOLUNTEER, Reply.info("Hồ sơ của bác đã được tiếp nhận."), "v1", true);
        assertThat(adapters.outbox().claim(ZALO, LEASE)).as("the instance that then dies took the outbox").isPresent();
        RecordingOutboundChannel zalo = new RecordingOutboundChannel("zalo");
        OutboxDispatcher survivor = dispatcher(zalo);

        survivor.drain(ZALO);
        assertThat(zalo.attempts()).as("never two senders on one outbox head").isEmpty();

        await().atMost(Duration.ofSeconds(10)).until(() -> {
            survivor.sweep();
            return zalo.delivered().size() == 1;
        });
        assertThat(zalo.deliveredTexts()).containsExactly("Hồ sơ của bác đã được tiếp nhận.");
        assertThat(adapters.outbox().head(ZALO)).isEmpty();
    }

    @Test
    void aSendSlowerThanTheLeaseKeepsTheOutboxUntilItEnds() throws Exception {
        adapters.store().append(ZALO, Sender.VOLUNTEER, Reply.info("Dạ, cháu gửi bác danh sách giấy tờ."), "v1", true);
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch platformAnswers = new CountDownLatch(1);
        List<String> slowSends = new CopyOnWriteArrayList<>();
        OutboxDispatcher slow = dispatcher(new OutboundChannel() {
            @Override
            public String channel() {
                return "zalo";
            }

            @Override
            public DeliveryResult deliver(OutboxItem item) {
                slowSends.add(item.reply().text());
                sending.countDown();
                try {
                    platformAnswers.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return DeliveryResult.delivered();
            }
        });
        CompletableFuture<Void> slowDrain = CompletableFuture.runAsync(() -> slow.drain(ZALO));
        assertThat(sending.await(10, TimeUnit.SECONDS)).isTrue();

        awaitRenewals(4);
        RecordingOutboundChannel other = new RecordingOutboundChannel("zalo");
        dispatcher(other).drain(ZALO);
        platformAnswers.countDown();
        slowDrain.get(10, TimeUnit.SECONDS);

        assertThat(other.attempts()).as("the other instance found the outbox taken well past one lease").isEmpty();
        assertThat(slowSends).containsExactly("Dạ, cháu gửi bác danh sách giấy tờ.");
        assertThat(adapters.outbox().head(ZALO)).isEmpty();
    }

    /**
     * Waits until the lease's time to live went up this many times, renewed every third of the lease: more than
     * three renewals mean it outlived its first term.
     */
    private void awaitRenewals(int times) {
        String lease = new RedisKeys(prefix).conversation(ZALO, "outbox-lease");
        long[] last = {Long.MAX_VALUE};
        int[] renewals = {0};
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            Long ttl = redis.getExpire(lease, TimeUnit.MILLISECONDS);
            assertThat(ttl).as("the lease is held all along").isPositive();
            if (ttl > last[0]) {
                renewals[0]++;
            }
            last[0] = ttl;
            return renewals[0] >= times;
        });
    }

    private OutboxDispatcher dispatcher(OutboundChannel channel) {
        OutboxDispatcher dispatcher = new OutboxDispatcher(adapters.outbox(), Map.of("zalo", channel),
                new OutboxSettings(5, Duration.ofMillis(50), Duration.ofSeconds(1), 1, LEASE),
                Executors.newFixedThreadPool(1), Clock.systemUTC());
        toClose.add(dispatcher);
        return dispatcher;
    }
}
