package vn.gialai.dvcbot.kb.store;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import vn.gialai.dvcbot.core.redis.RedisKeys;
import vn.gialai.dvcbot.core.threads.Periodic;
import vn.gialai.dvcbot.kb.catalog.KnowledgeBaseCatalog;
import vn.gialai.dvcbot.kb.catalog.KnowledgeBaseSettings;

/** The editable knowledge base in Redis (entries and the bot's own words), and the catalog kept in step with it. */
@Configuration(proxyBeanMethods = false)
public class RedisKnowledgeBaseConfiguration {

    @Bean
    RedisKnowledgeBaseStore knowledgeBaseStore(StringRedisTemplate redis, RedisKeys keys, Clock clock) {
        return new RedisKnowledgeBaseStore(redis, keys, clock);
    }

    @Bean
    RedisTextRecords textRecords(StringRedisTemplate redis, RedisKeys keys, Clock clock, RedisKnowledgeBaseStore audit) {
        return new RedisTextRecords(redis, keys, clock, audit);
    }

    @Bean(initMethod = "start")
    KnowledgeBaseSync knowledgeBaseSync(RedisKnowledgeBaseStore store, RedisTextRecords texts,
            KnowledgeBaseCatalog catalog, RedisMessageListenerContainer container) {
        KnowledgeBaseSync sync = new KnowledgeBaseSync(store, texts, catalog);
        container.addMessageListener((message, pattern) -> sync.announced(), new ChannelTopic(store.channel()));
        return sync;
    }

    /** The check that catches an announcement missed while this instance was disconnected. */
    @Bean
    Periodic knowledgeBaseSyncCheck(KnowledgeBaseSync sync, KnowledgeBaseSettings settings) {
        return Periodic.every(settings.syncCheck(), sync::periodicCheck);
    }
}
