package vn.gialai.dvcbot.core.runtime;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import vn.gialai.dvcbot.core.conversation.ConversationEngine;
import vn.gialai.dvcbot.core.outbox.OutboxDispatcher;

/**
 * Every second: hands waiting inbox messages and outbox items to the workers. Normally they were handled the
 * moment they arrived; this catches what an instance that stopped, or a Redis outage, left behind.
 */
class BackgroundSweep {

    private static final Logger log = LoggerFactory.getLogger(BackgroundSweep.class);

    private final ConversationEngine engine;
    private final OutboxDispatcher dispatcher;
    private final AtomicBoolean failing = new AtomicBoolean();

    BackgroundSweep(ConversationEngine engine, OutboxDispatcher dispatcher) {
        this.engine = engine;
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${dvc.sweep-interval:1s}", initialDelayString = "${dvc.sweep-interval:1s}")
    void sweep() {
        try {
            engine.drainPending();
            if (failing.compareAndSet(true, false)) {
                log.info("Background sweep works again");
            }
        } catch (RuntimeException e) {
            if (failing.compareAndSet(false, true)) {
                log.warn("Background sweep failed (is Redis reachable?); retrying every second: {}", e.toString());
            }
        } finally {
            // Replies waiting in outboxes go out even when the inboxes cannot be swept: on a Cluster the set of
            // pending inboxes lives on one node, which may be failing over while the outboxes are on others.
            dispatcher.sweep();
        }
    }
}
