package vn.gialai.dvcbot.core.runtime;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.gialai.dvcbot.core.conversation.ConversationEngine;
import vn.gialai.dvcbot.core.outbox.OutboxDispatcher;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class RuntimeConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    OrderlyShutdown orderlyShutdown(ExecutorService conversationExecutor, OutboxDispatcher dispatcher) {
        return new OrderlyShutdown(conversationExecutor, dispatcher);
    }

    @Bean
    BackgroundSweep backgroundSweep(ConversationEngine engine, OutboxDispatcher dispatcher) {
        return new BackgroundSweep(engine, dispatcher);
    }
}
