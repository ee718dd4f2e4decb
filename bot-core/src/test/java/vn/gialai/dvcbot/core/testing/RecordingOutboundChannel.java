package vn.gialai.dvcbot.core.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.gialai.dvcbot.core.outbox.DeliveryResult;
import vn.gialai.dvcbot.core.outbox.OutboundChannel;
import vn.gialai.dvcbot.core.outbox.OutboxItem;

/**
 * The standard fake channel for engine tests: records every item it is asked to deliver and answers with
 * scripted results (delivered unless told otherwise).
 */
public class RecordingOutboundChannel implements OutboundChannel {

    private final String channel;
    private final List<OutboxItem> attempts = new CopyOnWriteArrayList<>();
    private final List<OutboxItem> delivered = new CopyOnWriteArrayList<>();
    private final Deque<DeliveryResult> scripted = new ArrayDeque<>();

    public RecordingOutboundChannel(String channel) {
        this.channel = channel;
    }

    /** The next deliveries answer with these results, in order; afterwards deliveries succeed. */
    public synchronized RecordingOutboundChannel thenAnswer(DeliveryResult... results) {
        scripted.addAll(List.of(results));
        return this;
    }

    @Override
    public String channel() {
        return channel;
    }

    @Override
    public DeliveryResult deliver(OutboxItem item) {
        attempts.add(item);
        DeliveryResult result;
        synchronized (this) {
            result = scripted.isEmpty() ? DeliveryResult.delivered() : scripted.poll();
        }
        if (result.outcome() == DeliveryResult.Outcome.DELIVERED) {
            delivered.add(item);
        }
        return result;
    }

    public List<OutboxItem> attempts() {
        return new ArrayList<>(attempts);
    }

    public List<OutboxItem> delivered() {
        return new ArrayList<>(delivered);
    }

    public List<String> deliveredTexts() {
        return delivered.stream().map(item -> item.reply().text()).toList();
    }
}
