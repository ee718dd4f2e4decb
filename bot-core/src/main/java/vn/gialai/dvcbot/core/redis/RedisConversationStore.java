package vn.gialai.dvcbot.core.redis;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.conversation.ConversationSettings;
import vn.gialai.dvcbot.core.conversation.ConversationState;
import vn.gialai.dvcbot.core.conversation.ConversationStore;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.Sender;
import vn.gialai.dvcbot.core.message.TranscriptMessage;

/**
 * State as one JSON string, the transcript as a capped list of JSON messages. Sequence numbers are assigned
 * inside the scripts, so concurrent writers (the engine and a volunteer) never reuse one.
 */
final class RedisConversationStore implements ConversationStore {

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

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final RedisJson json;
    private final RedisTranscript transcript;
    private final ConversationSettings settings;
    private final Clock clock;

    RedisConversationStore(StringRedisTemplate redis, RedisKeys keys, RedisJson json, ConversationSettings settings,
            Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
        this.transcript = new RedisTranscript(json);
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
    public TranscriptMessage append(ConversationKey key, Sender from, Reply reply, String author, boolean viaOutbox) {
        Instant now = clock.instant();
        String item = viaOutbox ? transcript.outboxItem(key, from, reply, now) : "";
        markOutboxReady(key, viaOutbox);
        Long seq = redis.execute(APPEND, List.of(keys.transcript(key), keys.seq(key), keys.outbox(key), keys.state(key)),
                retentionMs(), Integer.toString(settings.transcriptMaxMessages()), transcript.body(from, now, reply, author),
                item);
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

    private String retentionMs() {
        return Long.toString(settings.retention().toMillis());
    }
}
