package vn.gialai.dvcbot.core.redis;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientConfigurationBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import vn.gialai.dvcbot.core.conversation.ConversationInbox;
import vn.gialai.dvcbot.core.conversation.ConversationSettings;
import vn.gialai.dvcbot.core.conversation.ConversationStore;
import vn.gialai.dvcbot.core.conversation.ConversationTurns;
import vn.gialai.dvcbot.core.feedback.MissedQuestions;
import vn.gialai.dvcbot.core.handoff.HandoffQueue;
import vn.gialai.dvcbot.core.handoff.HandoffSettings;
import vn.gialai.dvcbot.core.handoff.TicketChanges;
import vn.gialai.dvcbot.core.lease.Leases;
import vn.gialai.dvcbot.core.outbox.Outbox;

/** Exposes the Redis adapters only as their ports. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RedisSettings.class)
public class RedisStateConfiguration {

    @Bean
    RedisKeys redisKeys(RedisSettings settings) {
        return new RedisKeys(settings.keyPrefix());
    }

    @Bean
    RedisPipeline redisPipeline(StringRedisTemplate redis, RedisSettings settings) {
        return new RedisPipeline(redis, settings.commandTimeout());
    }

    @Bean
    ConversationStore conversationStore(StringRedisTemplate redis, RedisKeys keys, ConversationSettings settings,
            Clock clock) {
        return new RedisConversationStore(redis, keys, new RedisJson(), settings, clock);
    }

    @Bean
    ConversationInbox conversationInbox(StringRedisTemplate redis, RedisKeys keys, ConversationSettings settings,
            RedisPipeline redisPipeline, RedisSettings redisSettings) {
        return new RedisConversationInbox(redis, keys, new RedisJson(), settings, redisPipeline,
                new RedisConversationInbox.Replicas(redisSettings.acknowledgeReplicas(),
                        redisSettings.commandTimeout().dividedBy(2)));
    }

    @Bean
    ConversationTurns conversationTurns(StringRedisTemplate redis, RedisKeys keys, ConversationSettings settings,
            Clock clock, RedisMessageListenerContainer redisHandoffListenerContainer, RedisPipeline redisPipeline) {
        return new RedisConversationTurns(redis, keys, new RedisJson(), settings, clock, redisHandoffListenerContainer,
                redisPipeline);
    }

    @Bean
    Leases leases(StringRedisTemplate redis, RedisKeys keys) {
        return new RedisLeases(redis, keys);
    }

    @Bean
    Outbox outbox(StringRedisTemplate redis, RedisKeys keys, Clock clock, RedisPipeline redisPipeline) {
        return new RedisOutbox(redis, keys, new RedisJson(), clock, redisPipeline);
    }

    @Bean
    HandoffQueue handoffQueue(StringRedisTemplate redis, RedisKeys keys, HandoffSettings settings) {
        return new RedisHandoffQueue(redis, keys, new RedisJson(), settings);
    }

    @Bean
    MissedQuestions missedQuestions(StringRedisTemplate redis, RedisKeys keys) {
        return new RedisMissedQuestions(redis, keys);
    }

    /** Live handoff changes from every instance, for the volunteer consoles. */
    @Bean
    RedisMessageListenerContainer redisHandoffListenerContainer(RedisConnectionFactory connections) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        return container;
    }

    @Bean
    TicketChanges ticketChanges(RedisMessageListenerContainer redisHandoffListenerContainer, RedisKeys keys) {
        return new RedisTicketChanges(redisHandoffListenerContainer, keys);
    }

    /**
     * Fail fast while Redis is down, find it again within a second, and follow a Cluster's failovers within
     * seconds ({@link RedisRecovery}).
     */
    @Bean
    LettuceClientConfigurationBuilderCustomizer failFastWhileRedisIsDown(RedisSettings settings) {
        return builder -> builder
                .commandTimeout(settings.commandTimeout())
                .clientOptions(RedisRecovery.clientOptions(settings.commandTimeout()));
    }

    @Bean
    ClientResourcesBuilderCustomizer reconnectWithinASecond() {
        return resources -> resources.reconnectDelay(RedisRecovery::reconnectDelay);
    }
}
