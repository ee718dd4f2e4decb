package vn.gialai.dvcbot.core.handoff;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gialai.dvcbot.core.answers.AnswerCatalog;
import vn.gialai.dvcbot.core.message.ConversationMessages;
import vn.gialai.dvcbot.core.places.PlaceDirectory;
import vn.gialai.dvcbot.core.threads.Periodic;

/** The volunteer side of the handoff and what both sides share (communes, hours). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HandoffSettings.class)
public class HandoffConfiguration {

    /** The communes, and their former names when the knowledge base provides a place directory. */
    @Bean
    Communes communes(ObjectProvider<PlaceDirectory> places) {
        return Communes.bundled().withPlaces(places.getIfAvailable(() -> PlaceDirectory.NONE));
    }

    @Bean
    VolunteerSchedule volunteerSchedule(HandoffSettings settings, Communes communes, ObjectProvider<TeamDuty> duty) {
        return new VolunteerSchedule(settings, communes, duty.getIfAvailable(() -> TeamDuty.NONE));
    }

    @Bean
    HandoffDesk handoffDesk(HandoffQueue queue, ConversationMessages engine, ApplicationEventPublisher events,
            HandoffSettings settings, Clock clock, AnswerCatalog catalog) {
        return new HandoffDesk(queue, engine, events, settings, clock, catalog::texts);
    }

    @Bean
    HandoffSweep handoffSweep(HandoffDesk desk) {
        return new HandoffSweep(desk);
    }

    @Bean
    Periodic handoffSweepSchedule(HandoffSweep sweep, HandoffSettings settings) {
        return Periodic.every(settings.sweepInterval(), sweep::returnLapsedClaims);
    }
}
