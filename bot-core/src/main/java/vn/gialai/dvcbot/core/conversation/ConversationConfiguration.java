package vn.gialai.dvcbot.core.conversation;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gialai.dvcbot.core.answers.AnswerCatalog;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.core.handoff.HandoffQueue;
import vn.gialai.dvcbot.core.handoff.HandoffSettings;
import vn.gialai.dvcbot.core.handoff.VolunteerSchedule;
import vn.gialai.dvcbot.core.limits.CitizenLimits;
import vn.gialai.dvcbot.core.limits.RateLimitSettings;
import vn.gialai.dvcbot.core.limits.RateLimiter;
import vn.gialai.dvcbot.core.outbox.OutboxDispatcher;
import vn.gialai.dvcbot.core.threads.DaemonThreads;

/** Wires the engine to whatever store, catalog and dispatcher the application provides. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConversationSettings.class)
public class ConversationConfiguration {

    @Bean(destroyMethod = "shutdown")
    ExecutorService conversationExecutor(ConversationSettings settings) {
        return new ThreadPoolExecutor(settings.workers(), settings.workers(), 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(10_000),
                DaemonThreads.named("conversation-"));
    }

    @Bean
    ConversationEngine conversationEngine(ConversationStore store, ConversationInbox inbox, ConversationTurns turns,
            AnswerCatalog catalog, OutboxDispatcher dispatcher, ConversationSettings settings,
            ExecutorService conversationExecutor, Clock clock, HandoffQueue handoffQueue, Communes communes,
            VolunteerSchedule volunteerSchedule, HandoffSettings handoffSettings, ApplicationEventPublisher events,
            RateLimiter rateLimiter, RateLimitSettings rateLimits) {
        return new ConversationEngine(store, inbox, turns, catalog, dispatcher, settings, conversationExecutor, clock,
                new ConversationEngine.Handoff(handoffQueue, communes, volunteerSchedule, handoffSettings, events,
                        new CitizenLimits(rateLimiter, rateLimits)));
    }
}
