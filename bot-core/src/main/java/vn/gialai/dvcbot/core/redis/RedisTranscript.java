package vn.gialai.dvcbot.core.redis;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.gialai.dvcbot.core.message.Choice;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.ReplyKind;
import vn.gialai.dvcbot.core.message.Sender;
import vn.gialai.dvcbot.core.outbox.OutboxItem;

/** The stored forms of transcript messages and outbox items, as the scripts receive them. */
final class RedisTranscript {

    private final RedisJson json;

    RedisTranscript(RedisJson json) {
        this.json = json;
    }

    /** A transcript message without its opening brace and sequence number, which the script puts in front. */
    String body(Sender from, Instant at, Reply reply, String author) {
        return json.writeTail(transcriptBody(from, at, reply, author));
    }

    /** {@link #body} as UTF-8 bytes, for the commit's pipeline. */
    byte[] bodyBytes(Sender from, Instant at, Reply reply, String author) {
        return json.writeTailBytes(transcriptBody(from, at, reply, author));
    }

    String outboxItem(ConversationKey key, Sender from, Reply reply, Instant now) {
        return json.write(newItem(key, from, reply, now));
    }

    /** {@link #outboxItem} as UTF-8 bytes, for the commit's pipeline. */
    byte[] outboxItemBytes(ConversationKey key, Sender from, Reply reply, Instant now) {
        return json.writeBytes(newItem(key, from, reply, now));
    }

    private static TranscriptBody transcriptBody(Sender from, Instant at, Reply reply, String author) {
        return new TranscriptBody(from, at, reply.kind(), reply.text(), reply.entryId(), reply.choices(), author);
    }

    private static OutboxItem newItem(ConversationKey key, Sender from, Reply reply, Instant now) {
        return new OutboxItem(UUID.randomUUID().toString(), key, from, reply, now, 0);
    }

    /** A transcript message before the script gives it its sequence number. */
    record TranscriptBody(Sender from, Instant at, ReplyKind kind, String text, String entryId, List<Choice> choices,
            String author) {
    }
}
