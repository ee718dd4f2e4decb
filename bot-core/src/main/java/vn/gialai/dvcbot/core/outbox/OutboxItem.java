package vn.gialai.dvcbot.core.outbox;

import java.time.Instant;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.Sender;

/**
 * One message waiting to be delivered.
 *
 * @param id unique per item; platforms that accept an idempotency key get this one
 * @param attempts deliveries tried so far
 */
public record OutboxItem(String id, ConversationKey to, Sender from, Reply reply, Instant enqueuedAt, int attempts) {

    public OutboxItem withAttempts(int n) {
        return new OutboxItem(id, to, from, reply, enqueuedAt, n);
    }
}
