package vn.gialai.dvcbot.app.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.event.EventListener;
import vn.gialai.dvcbot.core.conversation.TurnHandled;
import vn.gialai.dvcbot.core.handoff.HandoffClaimed;
import vn.gialai.dvcbot.core.handoff.HandoffClosed;
import vn.gialai.dvcbot.core.handoff.HandoffRequested;

/**
 * Takes what the engine and the handoff announce after their commits and only queues it in memory: the thread
 * that handled a citizen's message pays one lock-free append, never a Redis round trip. {@link StatsCounting}
 * drains the queue in the background.
 */
class StatsEvents {

    private final ConcurrentLinkedQueue<Object> queued = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final int max;

    StatsEvents(int max) {
        this.max = max;
    }

    @EventListener
    void onTurn(TurnHandled handled) {
        offer(handled);
    }

    @EventListener
    void onRequested(HandoffRequested requested) {
        offer(requested);
    }

    @EventListener
    void onClaimed(HandoffClaimed claimed) {
        offer(claimed);
    }

    @EventListener
    void onClosed(HandoffClosed closed) {
        offer(closed);
    }

    private void offer(Object event) {
        if (size.incrementAndGet() > max) {
            size.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        queued.offer(event);
    }

    /** Everything queued so far, oldest first. */
    List<Object> drain() {
        List<Object> events = new ArrayList<>();
        Object event;
        while ((event = queued.poll()) != null) {
            size.decrementAndGet();
            events.add(event);
        }
        return events;
    }

    /** Puts events back to count them at the next flush (a ticket could not be read). */
    void requeue(List<Object> events) {
        events.forEach(this::offer);
    }

    /** How many events were dropped since the last call because Redis stayed unwritable too long. */
    long takeDropped() {
        return dropped.getAndSet(0);
    }
}
