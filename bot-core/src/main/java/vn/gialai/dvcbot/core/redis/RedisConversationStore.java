package vn.gialai.dvcbot.core.redis;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.gialai.dvcbot.core.conversation.Choice;
import vn.gialai.dvcbot.core.conversation.ConversationKey;
import vn.gialai.dvcbot.core.conversation.ConversationSettings;
import vn.gialai.dvcbot.core.conversation.ConversationState;
import vn.gialai.dvcbot.core.conversation.ConversationStore;
import vn.gialai.dvcbot.core.conversation.InboundMessage;
import vn.gialai.dvcbot.core.conversation.Reply;
import vn.gialai.dvcbot.core.conversation.ReplyKind;
import vn.gialai.dvcbot.core.conversation.Sender;
import vn.gialai.dvcbot.core.conversation.TranscriptMessage;
import vn.gialai.dvcbot.core.conversation.Turn;
import vn.gialai.dvcbot.core.outbox.OutboxItem;

/**
 * State as one JSON string, the transcript as a capped list of JSON messages. Sequence numbers are assigned
 * inside the scripts, so concurrent writers (the engine and a volunteer) never reuse one.
 */
final class RedisConversationStore implements ConversationStore {

    /** The turn: verify the inbox head, save state, append transcript, keep the result, queue deliveries. */
    private static final RedisScript<Long> COMMIT_TURN = RedisScript.of("""
            local head = redis.call('LINDEX', KEYS[5], 0)
            if not head or cjson.decode(head).messageId ~= ARGV[6] then return -1 end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            local n = tonumber(ARGV[7])
            for i = 1, n do
              local seq = redis.call('INCR', KEYS[3])
              redis.call('RPUSH', KEYS[2], '{"seq":' .. seq .. ',' .. ARGV[7 + i])
            end
            for i = 8 + n, #ARGV do
              redis.call('RPUSH', KEYS[6], ARGV[i])
            end
            redis.call('LTRIM', KEYS[2], -tonumber(ARGV[3]), -1)
            redis.call('PEXPIRE', KEYS[2], ARGV[2])
            redis.call('PEXPIRE', KEYS[3], ARGV[2])
            redis.call('SET', KEYS[4], ARGV[5], 'PX', ARGV[4])
            redis.call('LPOP', KEYS[5])
            return 1
            """, Long.class);

    /** A message no citizen message caused: append with the next sequence number, queue its delivery. */
    private static final RedisScript<Long> APPEND = RedisScript.of("""
            local seq = redis.call('INCR', KEYS[2])
            redis.call('RPUSH', KEYS[1], '{"seq":' .. seq .. ',' .. ARGV[3])
            redis.call('LTRIM', KEYS[1], -tonumber(ARGV[2]), -1)
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            redis.call('PEXPIRE', KEYS[2], ARGV[1])
            redis.call('PEXPIRE', KEYS[4], ARGV[1])
            if ARGV[4] ~= '' then redis.call('RPUSH', KEYS[3], ARGV[4]) end
            return seq
            """, Long.class);

    private static final String RESULT_TTL_MS = Long.toString(10 * 60 * 1000);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final RedisJson json;
    private final ConversationSettings settings;
    private final Clock clock;

    RedisConversationStore(StringRedisTemplate redis, RedisKeys keys, RedisJson json, ConversationSettings settings,
            Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public boolean exists(ConversationKey key) {
        return Boolean.TRUE.equals(redis.hasKey(keys.state(key)));
    }

    @Override
    public void open(ConversationKey key) {
        String fresh = json.write(ConversationState.fresh().touchedAt(clock.instant()));
        redis.opsForValue().setIfAbsent(keys.state(key), fresh, settings.retention());
    }

    @Override
    public ConversationState load(ConversationKey key) {
        String stored = redis.opsForValue().get(keys.state(key));
        return stored == null ? ConversationState.fresh() : json.read(stored, ConversationState.class);
    }

    @Override
    public void commitTurn(InboundMessage handled, Turn turn, boolean viaOutbox) {
        ConversationKey key = handled.conversation();
        Instant now = clock.instant();
        List<String> args = new ArrayList<>(List.of(
                json.write(turn.state()), retentionMs(), Integer.toString(settings.transcriptMaxMessages()),
                RESULT_TTL_MS, json.write(turn.replies()), handled.messageId()));
        List<String> bodies = new ArrayList<>();
        if (handled.kind() != InboundMessage.Kind.START) {
            bodies.add(body(Sender.CITIZEN, now, Reply.info(turn.citizenText()), null));
        }
        turn.replies().forEach(reply -> bodies.add(body(Sender.BOT, now, reply, null)));
        args.add(Integer.toString(bodies.size()));
        args.addAll(bodies);
        if (viaOutbox) {
            turn.replies().forEach(reply -> args.add(outboxItem(key, Sender.BOT, reply, now)));
            markOutboxReady(key, viaOutbox && !turn.replies().isEmpty());
        }
        Long done = redis.execute(COMMIT_TURN, List.of(keys.state(key), keys.transcript(key), keys.seq(key),
                keys.result(key, handled.messageId()), keys.inbox(key), keys.outbox(key)), args.toArray());
        if (done == null || done != 1L) {
            throw new IllegalStateException("The inbox head changed while its message was being handled");
        }
        markOutboxReady(key, viaOutbox && !turn.replies().isEmpty());
    }

    @Override
    public TranscriptMessage append(ConversationKey key, Sender from, Reply reply, String author, boolean viaOutbox) {
        Instant now = clock.instant();
        String item = viaOutbox ? outboxItem(key, from, reply, now) : "";
        markOutboxReady(key, viaOutbox);
        Long seq = redis.execute(APPEND, List.of(keys.transcript(key), keys.seq(key), keys.outbox(key), keys.state(key)),
                retentionMs(), Integer.toString(settings.transcriptMaxMessages()), body(from, now, reply, author), item);
        markOutboxReady(key, viaOutbox);
        return new TranscriptMessage(seq == null ? 0 : seq, from, now, reply.kind(), reply.text(), reply.entryId(),
                reply.choices(), author);
    }

    @Override
    public List<TranscriptMessage> transcript(ConversationKey key, long afterSeq) {
        List<String> stored = redis.opsForList().range(keys.transcript(key), 0, -1);
        List<TranscriptMessage> messages = new ArrayList<>();
        for (String line : stored == null ? List.<String>of() : stored) {
            TranscriptMessage message = json.read(line, TranscriptMessage.class);
            if (message.seq() > afterSeq) {
                messages.add(message);
            }
        }
        return messages;
    }

    /**
     * Marked before and after the write: before, so a crash cannot orphan queued items; after, so the
     * dispatcher settling the set at the same moment cannot drop the mark.
     */
    private void markOutboxReady(ConversationKey key, boolean hasItems) {
        if (hasItems) {
            redis.opsForSet().add(keys.outboxReady(), key.id());
        }
    }

    private String body(Sender from, Instant at, Reply reply, String author) {
        return json.writeTail(new TranscriptBody(from, at, reply.kind(), reply.text(), reply.entryId(),
                reply.choices(), author));
    }

    private String outboxItem(ConversationKey key, Sender from, Reply reply, Instant now) {
        return json.write(new OutboxItem(UUID.randomUUID().toString(), key, from, reply, now, 0));
    }

    private String retentionMs() {
        return Long.toString(settings.retention().toMillis());
    }

    /** A transcript message before the script gives it its sequence number. */
    record TranscriptBody(Sender from, Instant at, ReplyKind kind, String text, String entryId, List<Choice> choices,
            String author) {
    }
}
