package vn.gialai.dvcbot.core.handoff;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gialai.dvcbot.core.message.ConversationMessages;

/** The volunteer side of the handoff and what both sides share (communes, hours). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HandoffSettings.class)
public class HandoffConfiguration {

    @Bean
    Communes communes() {
        return Communes.bundled();
    }

    @Bean
    VolunteerSchedule volunteerSchedule(HandoffSettings settings, Communes communes) {
        return new VolunteerSchedule(settings, communes);
    }

    @Bean
    HandoffDesk handoffDesk(HandoffQueue queue, ConversationMessages engine, ApplicationEventPublisher events,
            HandoffSettings settings, Clock clock) {
        return new HandoffDesk(queue, engine, events, settings, clock);
    }

    @Bean
    HandoffSweep handoffSweep(HandoffDesk desk) {
        return new HandoffSweep(desk);
    }
}
