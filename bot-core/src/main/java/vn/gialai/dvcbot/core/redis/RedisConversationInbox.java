package vn.gialai.dvcbot.core.redis;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import io.lettuce.core.ScriptOutputType;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.gialai.dvcbot.core.conversation.ConversationInbox;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.conversation.ConversationSettings;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.message.Reply;

/** One list per conversation; a message id is remembered with {@code SET NX} in the same script that queues it. */
final class RedisConversationInbox implements ConversationInbox {

    private static final RedisScript<Long> ACCEPT = RedisScript.of("""
            if not redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[1]) then return 0 end
            redis.call('RPUSH', KEYS[2], ARGV[2])
            redis.call('PEXPIRE', KEYS[2], ARGV[3])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final RedisJson json;
    private final ConversationSettings settings;
    private final RedisPipeline pipeline;
    private final Replicas replicas;

    /**
     * Replicas that must confirm an accepted message before it is acknowledged, and how long to wait for them
     * (shorter than the command timeout, so Redis answers WAIT before the client gives up on it).
     */
    record Replicas(int count, java.time.Duration timeout) {
        static final Replicas NONE = new Replicas(0, java.time.Duration.ZERO);
    }

    RedisConversationInbox(StringRedisTemplate redis, RedisKeys keys, RedisJson json, ConversationSettings settings,
            RedisPipeline pipeline, Replicas replicas) {
        this.pipeline = pipeline;
        this.replicas = replicas;
        this.redis = redis;
        this.keys = keys;
        this.json = json;
        this.settings = settings;
    }

    /**
     * Marks the conversation pending and queues the message in one pipeline; the mark first, so no crash orphans
     * it. With replicas to wait for, the same pipeline ends with WAIT, and a message fewer replicas confirmed is
     * refused (the platform retries; the retry is a duplicate, acknowledged once the replicas have caught up).
     */
    @Override
    public boolean accept(InboundMessage message) {
        ConversationKey key = message.conversation();
        List<Object> answers = pipeline.run(commands -> {
            commands.sadd(keys.inboxPending(), key.id());
            commands.eval(ACCEPT.getScriptAsString(), ScriptOutputType.INTEGER,
                    List.of(keys.seen(key, message.messageId()), keys.inbox(key)),
                    List.of(Long.toString(settings.dedupeWindow().toMillis()), json.write(message),
                            Long.toString(settings.retention().toMillis())));
            if (replicas.count() > 0) {
                commands.waitForReplicas(replicas.count(), replicas.timeout().toMillis());
            }
        });
        if (replicas.count() > 0 && answers.get(2) instanceof Long confirmed && confirmed < replicas.count()) {
            throw new QueryTimeoutException("Only " + confirmed + " of " + replicas.count()
                    + " Redis replicas confirmed an accepted message within " + replicas.timeout()
                    + "; refusing it so the platform retries (DVC_REDIS_ACKNOWLEDGE_REPLICAS)");
        }
        return answers.get(1) instanceof Long accepted && accepted == 1L;
    }

    @Override
    public Optional<List<Reply>> result(ConversationKey key, String messageId) {
        String stored = redis.opsForValue().get(keys.result(key, messageId));
        return Optional.ofNullable(stored).map(s -> List.of(json.read(s, Reply[].class)));
    }

    @Override
    public Set<ConversationKey> pending() {
        return parseKeys(redis.opsForSet().members(keys.inboxPending()));
    }

    @Override
    public void settle(ConversationKey key) {
        unmarkIfEmpty(pipeline, redis, keys.inboxPending(), key, keys.inbox(key), keys.effects(key));
    }

    /**
     * Removes a conversation from a "may have work" set unless one of its lists has items. Removes first and
     * checks after (one pipeline, in that order), so an item queued in between (its writer marks before and
     * after writing) keeps the mark.
     */
    static void unmarkIfEmpty(RedisPipeline pipeline, StringRedisTemplate redis, String markSet, ConversationKey key,
            String... lists) {
        List<Object> answers = pipeline.run(commands -> {
            commands.srem(markSet, key.id());
            for (String list : lists) {
                commands.llen(list);
            }
        });
        if (answers.stream().skip(1).anyMatch(size -> size instanceof Long n && n > 0)) {
            redis.opsForSet().add(markSet, key.id());
        }
    }

    static Set<ConversationKey> parseKeys(Set<String> ids) {
        Set<ConversationKey> parsed = new HashSet<>();
        for (String id : ids == null ? Set.<String>of() : ids) {
            try {
                parsed.add(ConversationKey.parse(id));
            } catch (IllegalArgumentException ignored) {
                // not ours: skip rather than stop the sweep
            }
        }
        return parsed;
    }
}
