package vn.gialai.dvcbot.app.stats;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gialai.dvcbot.app.staff.StaffAccounts;
import vn.gialai.dvcbot.core.answers.AnswerCatalog;
import vn.gialai.dvcbot.core.conversation.ConversationStore;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.core.handoff.HandoffQueue;
import vn.gialai.dvcbot.core.handoff.HandoffSettings;
import vn.gialai.dvcbot.core.threads.Periodic;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StatsSettings.class)
class StatsConfiguration {

    @Bean
    StatsEvents statsEvents(StatsSettings settings) {
        return new StatsEvents(settings.maxPending());
    }

    @Bean(destroyMethod = "flush")
    StatsCounting statsCounting(StatsEvents events, RedisStatistics store, HandoffQueue tickets, Communes communes,
            AnswerCatalog catalog, MeterRegistry registry, HandoffSettings handoff) {
        return new StatsCounting(events, store, tickets, communes, catalog, new StatsMeters(registry), handoff.zone());
    }

    @Bean
    Periodic statsFlushSchedule(StatsCounting counting, StatsSettings settings) {
        return new Periodic(counting::flush, settings.flushInterval(), Duration.ZERO);
    }

    @Bean
    StatsReport statsReport(RedisStatistics store, AnswerCatalog catalog, Communes communes) {
        return new StatsReport(store, catalog, communes);
    }

    @Bean
    ConversationExport conversationExport(RedisStatistics store, ConversationStore conversations,
            StaffAccounts staff, HandoffSettings handoff) {
        return new ConversationExport(store, conversations, staff, handoff.zone());
    }

    @Bean
    StatsAccess statsAccess(Communes communes, Clock clock, HandoffSettings handoff) {
        return new StatsAccess(communes, clock, handoff.zone());
    }
}
