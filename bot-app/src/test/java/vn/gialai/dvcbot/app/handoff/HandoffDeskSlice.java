package vn.gialai.dvcbot.app.handoff;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import vn.gialai.dvcbot.core.conversation.CitizenProfiles;
import vn.gialai.dvcbot.core.conversation.ConversationStore;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.core.handoff.HandoffDesk;
import vn.gialai.dvcbot.core.handoff.HandoffSettings;
import vn.gialai.dvcbot.core.message.ConversationMessages;
import vn.gialai.dvcbot.core.outbox.ChannelReachability;
import vn.gialai.dvcbot.core.testing.InMemoryHandoffQueue;

/**
 * The real handoff desk and ticket views for web slices, on the in-memory queue (bot-core's test jar) instead of
 * Redis. The test declares the ports the desk writes to: {@link ConversationMessages} (what reaches the citizen)
 * and {@link ConversationStore} (the transcript), e.g. as {@code @MockitoBean}s.
 */
@TestConfiguration(proxyBeanMethods = false)
public class HandoffDeskSlice {

    @Bean
    InMemoryHandoffQueue handoffQueue() {
        return new InMemoryHandoffQueue();
    }

    @Bean
    Communes communes() {
        return Communes.bundled();
    }

    @Bean
    HandoffSettings handoffSettings() {
        return HandoffSettings.defaults();
    }

    @Bean
    HandoffDesk handoffDesk(InMemoryHandoffQueue queue, ConversationMessages messages, ApplicationEventPublisher events,
            HandoffSettings settings, Clock clock) {
        return new HandoffDesk(queue, messages, events, settings, clock);
    }

    @Bean
    TicketViews ticketViews(HandoffDesk desk, ConversationStore store, Communes communes,
            ObjectProvider<CitizenProfiles> profiles, ObjectProvider<ChannelReachability> reachability) {
        return new TicketViews(desk, store, communes, profiles, reachability);
    }
}
