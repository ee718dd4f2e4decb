package vn.gialai.dvcbot.core.runtime;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import vn.gialai.dvcbot.core.outbox.OutboxDispatcher;

/**
 * Stops the background work while Redis is still connected. Spring stops the Redis connection factory before
 * it destroys beans; work still running then could not release its leases, and the next start would wait for
 * them to lapse. The closed event comes first, so this lets messages and deliveries in flight finish cleanly.
 */
class OrderlyShutdown implements ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(OrderlyShutdown.class);
    private static final Duration GRACE = Duration.ofSeconds(15);

    private final ExecutorService conversations;
    private final OutboxDispatcher dispatcher;

    OrderlyShutdown(ExecutorService conversations, OutboxDispatcher dispatcher) {
        this.conversations = conversations;
        this.dispatcher = dispatcher;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        conversations.shutdown();
        dispatcher.close();
        try {
            if (!conversations.awaitTermination(GRACE.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("Messages still being handled after {}; they stay queued for the next start", GRACE);
                conversations.shutdownNow();
            }
        } catch (InterruptedException e) {
            conversations.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
