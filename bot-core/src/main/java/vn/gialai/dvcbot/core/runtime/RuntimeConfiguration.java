package vn.gialai.dvcbot.core.runtime;

import java.time.Clock;
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
    BackgroundSweep backgroundSweep(ConversationEngine engine, OutboxDispatcher dispatcher) {
        return new BackgroundSweep(engine, dispatcher);
    }
}
