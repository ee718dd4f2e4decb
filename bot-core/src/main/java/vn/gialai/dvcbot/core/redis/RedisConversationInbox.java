package vn.gialai.dvcbot.core.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import io.lettuce.core.ScriptOutputType;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.conversation.ConversationInbox;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.conversation.ConversationSettings;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.message.Reply;

/** One list per conversation; a message id is remembered with {@code SET NX} in the same script that queues it. */
final class RedisConversationInbox implements ConversationInbox {

    /** Remembers the message id ({@code SET NX}) and queues the message; false for a duplicate. */
    private static final String ACCEPT_FUNCTION = """
            local function accept(seen, inbox, dedupe_ms, message, retention_ms)
              if not redis.call('SET', seen, '1', 'NX', 'PX', dedupe_ms) then return false end
              redis.call('RPUSH', inbox, message)
              redis.call('PEXPIRE', inbox, retention_ms)
              return true
            end
            """;

    /** KEYS: seen, inbox. ARGV: dedupe ms, message, retention ms. */
    private static final String ACCEPT = ACCEPT_FUNCTION
            + "if accept(KEYS[1], KEYS[2], ARGV[1], ARGV[2], ARGV[3]) then return 1 end return 0";

    /** KEYS: seen, inbox, lease, state, effects. ARGV: dedupe ms, message, retention ms, token, lease ms. */
    private static final String ACCEPT_AND_CLAIM = ACCEPT_FUNCTION + RedisConversationTurns.CLAIM_FUNCTION + """
            if not accept(KEYS[1], KEYS[2], ARGV[1], ARGV[2], ARGV[3]) then return {'duplicate'} end
            return claim(KEYS[3], KEYS[2], KEYS[4], KEYS[5], ARGV[4], ARGV[5])
            """;

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
        Object answer = queue(message, ACCEPT, ScriptOutputType.INTEGER,
                List.of(keys.seen(key, message.messageId()), keys.inbox(key)), List.of());
        return answer instanceof Long accepted && accepted == 1L;
    }

    /** The same pipeline, whose script also takes the conversation when it is free: one round trip for both. */
    @Override
    public Accepted acceptAndClaim(InboundMessage message, Duration lease) {
        ConversationKey key = message.conversation();
        String token = UUID.randomUUID().toString();
        List<?> answer;
        try {
            answer = (List<?>) queue(message, ACCEPT_AND_CLAIM, ScriptOutputType.MULTI,
                    List.of(keys.seen(key, message.messageId()), keys.inbox(key), keys.turnLease(key), keys.state(key),
                            keys.effects(key)), List.of(token, Long.toString(lease.toMillis())));
        } catch (QueryTimeoutException tooFewReplicas) {
            // Refused so the platform retries; the conversation may have been taken meanwhile: let it go.
            RedisLeases.releaseIfHeld(redis, keys.turnLease(key), token);
            throw tooFewReplicas;
        }
        if ("duplicate".equals(answer.get(0))) {
            return new Accepted(false, Optional.empty());
        }
        return new Accepted(true, RedisConversationTurns.claimed(answer, key, token, lease, json));
    }

    /** The accept pipeline: mark, script, and WAIT when replicas must confirm; answers the script's answer. */
    private Object queue(InboundMessage message, String script, ScriptOutputType type, List<String> scriptKeys,
            List<String> extraArgs) {
        ConversationKey key = message.conversation();
        List<String> args = new ArrayList<>(List.of(Long.toString(settings.dedupeWindow().toMillis()),
                json.write(message), Long.toString(settings.retention().toMillis())));
        args.addAll(extraArgs);
        List<Object> answers = pipeline.run(commands -> {
            commands.sadd(keys.inboxPending(), key.id());
            commands.eval(script, type, scriptKeys, args);
            if (replicas.count() > 0) {
                commands.waitForReplicas(replicas.count(), replicas.timeout().toMillis());
            }
        });
        if (replicas.count() > 0 && answers.get(2) instanceof Long confirmed && confirmed < replicas.count()) {
            throw new QueryTimeoutException("Only " + confirmed + " of " + replicas.count()
                    + " Redis replicas confirmed an accepted message within " + replicas.timeout()
                    + "; refusing it so the platform retries (DVC_REDIS_ACKNOWLEDGE_REPLICAS)");
        }
        return answers.get(1);
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
