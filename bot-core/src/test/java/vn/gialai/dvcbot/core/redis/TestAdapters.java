package vn.gialai.dvcbot.core.redis;

import java.time.Clock;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import vn.gialai.dvcbot.core.conversation.ConversationInbox;
import vn.gialai.dvcbot.core.conversation.ConversationSettings;
import vn.gialai.dvcbot.core.conversation.ConversationStore;
import vn.gialai.dvcbot.core.conversation.ConversationTurns;
import vn.gialai.dvcbot.core.handoff.HandoffQueue;
import vn.gialai.dvcbot.core.handoff.HandoffSettings;
import vn.gialai.dvcbot.core.handoff.TicketChanges;
import vn.gialai.dvcbot.core.lease.Leases;
import vn.gialai.dvcbot.core.outbox.Outbox;

/** The real Redis adapters, built without Spring for tests of the engine and the adapters themselves. */
public record TestAdapters(ConversationStore store, ConversationInbox inbox, ConversationTurns turns, Leases leases,
        Outbox outbox) {

    /** The Redis handoff queue on the test Redis, under the test's prefix. */
    public static HandoffQueue handoffQueue(StringRedisTemplate redis, String prefix, HandoffSettings settings) {
        return new RedisHandoffQueue(redis, new RedisKeys(prefix), new RedisJson(), settings);
    }

    /** Live handoff changes through the given listener container, under the test's prefix. */
    public static TicketChanges ticketChanges(RedisMessageListenerContainer container, String prefix) {
        return new RedisTicketChanges(container, new RedisKeys(prefix));
    }

    /** Conversation steps whose announcements reach listeners through the given container. */
    public static ConversationTurns announcingTurns(StringRedisTemplate redis, String prefix,
            ConversationSettings settings, Clock clock, RedisMessageListenerContainer container) {
        return new RedisConversationTurns(redis, new RedisKeys(prefix), new RedisJson(), settings, clock, container,
                new RedisPipeline(redis, java.time.Duration.ofSeconds(5)));
    }

    /** An inbox that acknowledges a message only once this many replicas confirmed it. */
    public static ConversationInbox inboxWaitingFor(int replicas, StringRedisTemplate redis, String prefix,
            ConversationSettings settings) {
        return new RedisConversationInbox(redis, new RedisKeys(prefix), new RedisJson(), settings,
                new RedisPipeline(redis, java.time.Duration.ofSeconds(5)),
                new RedisConversationInbox.Replicas(replicas, java.time.Duration.ofSeconds(2)));
    }

    public static TestAdapters on(StringRedisTemplate redis, String prefix, ConversationSettings settings, Clock clock) {
        RedisKeys keys = new RedisKeys(prefix);
        RedisJson json = new RedisJson();
        RedisPipeline pipeline = new RedisPipeline(redis, java.time.Duration.ofSeconds(5));
        return new TestAdapters(
                new RedisConversationStore(redis, keys, json, settings, clock),
                new RedisConversationInbox(redis, keys, json, settings, pipeline, RedisConversationInbox.Replicas.NONE),
                new RedisConversationTurns(redis, keys, json, settings, clock, null, pipeline),
                new RedisLeases(redis, keys),
                new RedisOutbox(redis, keys, json, clock, pipeline));
    }
}
