package vn.gialai.dvcbot.core.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.handoff.Transition.Result;
import vn.gialai.dvcbot.core.redis.TestAdapters;
import vn.gialai.dvcbot.core.testing.TestRedis;

/** The ticket state machine on a real Redis, plus what only a shared store can show: races between instances. */
class RedisHandoffQueueIntegrationTests extends HandoffQueueContract {

    private LettuceConnectionFactory factory;
    private StringRedisTemplate redis;
    private String prefix;
    private HandoffQueue queue;

    @BeforeEach
    void connect() {
        factory = TestRedis.connectionFactory();
        redis = TestRedis.template(factory);
        prefix = TestRedis.uniquePrefix();
        queue = TestAdapters.handoffQueue(redis, prefix, HandoffSettings.defaults());
    }

    @AfterEach
    void cleanUp() {
        TestRedis.deleteKeys(redis, prefix);
        factory.destroy();
    }

    @Override
    HandoffQueue queue() {
        return queue;
    }

    @Test
    void twentyVolunteersRaceForOneTicketAndExactlyOneWins() throws Exception {
        TicketDetails ticket = open("race", T0);
        ExecutorService volunteers = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Transition>> claims = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Volunteer volunteer = new Volunteer("v" + i, "Tình nguyện viên " + i, false);
            // Each volunteer on its own connection, as on separate app instances.
            HandoffQueue instance = TestAdapters.handoffQueue(redis, prefix, HandoffSettings.defaults());
            claims.add(volunteers.submit((Callable<Transition>) () -> {
                start.await();
                return instance.claim(ticket.id(), volunteer, T0.plusSeconds(1), LEASE);
            }));
        }
        start.countDown();
        List<Transition> outcomes = new ArrayList<>();
        for (Future<Transition> claim : claims) {
            outcomes.add(claim.get());
        }
        volunteers.shutdown();

        assertThat(outcomes).filteredOn(t -> t.result() == Result.DONE).hasSize(1);
        assertThat(outcomes).filteredOn(t -> t.result() == Result.HELD_BY_OTHER).hasSize(19);
        String winner = outcomes.stream().filter(Transition::done).findFirst().orElseThrow()
                .ticket().orElseThrow().ticket().assignee();
        assertThat(queue.find(ticket.id()).orElseThrow().ticket().assignee()).isEqualTo(winner);
        assertThat(queue.recentWaits(T0, 100)).hasSize(1);
    }

    @Test
    void aThousandTicketsAndTenVolunteersEachTicketIsClaimedOnceAndNoneIsLost() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(open("many-" + i, T0.plusMillis(i)).id());
        }
        Map<String, String> winners = new ConcurrentHashMap<>();
        List<String> doubleWins = new CopyOnWriteArrayList<>();
        ExecutorService volunteers = Executors.newFixedThreadPool(10);
        List<Future<?>> work = new ArrayList<>();
        for (int v = 0; v < 10; v++) {
            Volunteer volunteer = new Volunteer("v" + v, null, false);
            List<String> order = new ArrayList<>(ids);
            Collections.shuffle(order, new java.util.Random(v));
            work.add(volunteers.submit(() -> {
                for (String id : order) {
                    if (queue.claim(id, volunteer, T0.plusSeconds(5), LEASE).done()
                            && winners.putIfAbsent(id, volunteer.username()) != null) {
                        doubleWins.add(id);
                    }
                }
            }));
        }
        for (Future<?> w : work) {
            w.get();
        }
        volunteers.shutdown();

        assertThat(doubleWins).isEmpty();
        assertThat(winners).hasSize(1000).containsOnlyKeys(ids);
        assertThat(queue.list(TicketStatus.WAITING, 0)).isEmpty();
        assertThat(queue.list(TicketStatus.ASSIGNED, 0)).hasSize(1000)
                .allSatisfy(t -> assertThat(t.ticket().assignee()).isEqualTo(winners.get(t.id())));
    }

    @Test
    void twoInstancesSweepingAtOnceReturnALapsedTicketOnlyOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String id = open("lapse-" + i, T0).id();
            queue.claim(id, LAN, T0, LEASE);
            ids.add(id);
        }
        HandoffQueue other = TestAdapters.handoffQueue(redis, prefix, HandoffSettings.defaults());
        ExecutorService sweepers = Executors.newFixedThreadPool(2);
        Future<List<TicketDetails>> a = sweepers.submit(() -> queue.returnLapsed(T0.plus(LEASE).plusSeconds(1)));
        Future<List<TicketDetails>> b = sweepers.submit(() -> other.returnLapsed(T0.plus(LEASE).plusSeconds(1)));
        List<String> returned = new ArrayList<>();
        a.get().forEach(t -> returned.add(t.id()));
        b.get().forEach(t -> returned.add(t.id()));
        sweepers.shutdown();

        assertThat(returned).hasSize(50).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void everyChangeIsBroadcastToTheOtherInstances() throws Exception {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(factory);
        container.afterPropertiesSet();
        container.start();
        List<TicketChange> seen = new CopyOnWriteArrayList<>();
        TicketChanges changes = TestAdapters.ticketChanges(container, prefix);
        try (AutoCloseable subscription = changes.subscribe(seen::add)) {
            TestRedis.awaitSubscribed(prefix + "handoff:changes");
            TicketDetails ticket = open("live", T0);
            queue.citizenWrote(ticket.id(), T0.plusSeconds(1));
            queue.claim(ticket.id(), LAN, T0.plusSeconds(2), LEASE);
            queue.close(ticket.id(), LAN, Resolution.ANSWERED, "", T0.plusSeconds(3));

            await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() >= 4);
            // The listener container dispatches on several threads: the set matters, not the order.
            assertThat(seen).extracting(TicketChange::type).containsExactlyInAnyOrder(TicketChange.Type.REQUESTED,
                    TicketChange.Type.MESSAGE, TicketChange.Type.CLAIMED, TicketChange.Type.CLOSED);
            assertThat(seen).extracting(TicketChange::ticketId).containsOnly(ticket.id());
        } finally {
            container.stop();
            container.destroy();
        }
    }

    @Test
    void closedTicketsExpireWithTheRetentionPeriod() {
        TicketDetails ticket = open("gone", T0);
        queue.close(ticket.id(), LAN, Resolution.SPAM, "", T0);

        Long ttl = redis.getExpire(prefix + "{handoff}:ticket:" + ticket.id());
        assertThat(ttl).isBetween(Duration.ofDays(89).toSeconds(), Duration.ofDays(90).toSeconds());
        assertThat(queue.open(new ConversationKey("webchat", "gone"), null, null, T0).created()).isTrue();
    }
}
