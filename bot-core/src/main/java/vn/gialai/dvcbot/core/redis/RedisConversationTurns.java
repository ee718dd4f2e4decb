package vn.gialai.dvcbot.core.redis;

import io.lettuce.core.ScriptOutputType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.conversation.ConversationSettings;
import vn.gialai.dvcbot.core.conversation.ConversationState;
import vn.gialai.dvcbot.core.conversation.ConversationTurns;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.Sender;
import vn.gialai.dvcbot.core.conversation.Turn;
import vn.gialai.dvcbot.core.conversation.TurnEffects;

/**
 * Each step is one Lua script on the conversation's keys, which share its hash tag (the lease too, so it can
 * be checked inside the step). The two global "may have work" sets cannot share it: they are marked in the same
 * pipeline as the step, before and after it, and cleared "remove, then re-check" (docs/architecture.md).
 */
final class RedisConversationTurns implements ConversationTurns {

    /** Takes the lease unless someone holds it and work waits; returns the head, the state and pending effects. */
    static final String CLAIM_FUNCTION = """
            local function claim(lease, inbox, state, effects, token, ms)
              if redis.call('EXISTS', lease) == 1 then return {'busy'} end
              local head = redis.call('LINDEX', inbox, 0)
              local pending = redis.call('LINDEX', effects, 0)
              if not head and not pending then return {'idle'} end
              redis.call('SET', lease, token, 'PX', ms)
              return {'claimed', head or '', redis.call('GET', state) or '', pending or ''}
            end
            """;

    /** KEYS: lease, inbox, state, effects. ARGV: token, lease ms. */
    private static final RedisScript<List> CLAIM = RedisScript.of(CLAIM_FUNCTION
            + "return claim(KEYS[1], KEYS[2], KEYS[3], KEYS[4], ARGV[1], ARGV[2])", List.class);

    /** What every step ends with: renew the lease and return the next head, or let go when nothing is left. */
    private static final String NEXT = """
            local function next_step(lease, inbox, effects, ms)
              local head = redis.call('LINDEX', inbox, 0)
              if not head and redis.call('LLEN', effects) == 0 then
                redis.call('DEL', lease)
                return {'released'}
              end
              redis.call('PEXPIRE', lease, ms)
              return {'next', head or ''}
            end
            """;

    /**
     * KEYS: lease, inbox, state, transcript, seq, result, outbox, effects. ARGV: token, lease ms, message id,
     * state, retention ms, transcript cap, result ttl ms, replies ('' when they go through the outbox, or when the
     * request waiting for them is on this instance and gets them in memory), effects ('' for none), announce
     * channel ('' for none), announcement, number of transcript bodies, the bodies, then the outbox items.
     */
    private static final RedisScript<List> COMMIT = RedisScript.of(NEXT + """
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then return {'lost'} end
            local head = redis.call('LINDEX', KEYS[2], 0)
            if not head or cjson.decode(head).messageId ~= ARGV[3] then return {'lost'} end
            redis.call('SET', KEYS[3], ARGV[4], 'PX', ARGV[5])
            local n = tonumber(ARGV[12])
            for i = 1, n do
              local seq = redis.call('INCR', KEYS[5])
              redis.call('RPUSH', KEYS[4], '{"seq":' .. seq .. ',' .. ARGV[12 + i])
            end
            for i = 13 + n, #ARGV do
              redis.call('RPUSH', KEYS[7], ARGV[i])
            end
            redis.call('LTRIM', KEYS[4], -tonumber(ARGV[6]), -1)
            redis.call('PEXPIRE', KEYS[4], ARGV[5])
            redis.call('PEXPIRE', KEYS[5], ARGV[5])
            if ARGV[8] ~= '' then redis.call('SET', KEYS[6], ARGV[8], 'PX', ARGV[7]) end
            redis.call('LPOP', KEYS[2])
            if ARGV[9] ~= '' then
              redis.call('RPUSH', KEYS[8], ARGV[9])
              redis.call('PEXPIRE', KEYS[8], ARGV[5])
            end
            if ARGV[10] ~= '' then redis.call('PUBLISH', ARGV[10], ARGV[11]) end
            return next_step(KEYS[1], KEYS[2], KEYS[8], ARGV[2])
            """, List.class);

    /** KEYS: lease, inbox, effects, state. ARGV: token, lease ms, the effects as recorded, state ('' to keep), retention ms. */
    private static final RedisScript<List> EFFECTS_MADE = RedisScript.of(NEXT + """
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then return {'lost'} end
            if redis.call('LINDEX', KEYS[3], 0) == ARGV[3] then redis.call('LPOP', KEYS[3]) end
            if ARGV[4] ~= '' then redis.call('SET', KEYS[4], ARGV[4], 'PX', ARGV[5]) end
            return next_step(KEYS[1], KEYS[2], KEYS[3], ARGV[2])
            """, List.class);

    private static final String RESULT_TTL_MS = Long.toString(10 * 60 * 1000);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final RedisJson json;
    private final RedisTranscript transcript;
    private final ConversationSettings settings;
    private final Clock clock;
    private final RedisMessageListenerContainer listeners;
    private final RedisPipeline pipeline;

    RedisConversationTurns(StringRedisTemplate redis, RedisKeys keys, RedisJson json, ConversationSettings settings,
            Clock clock, RedisMessageListenerContainer listeners, RedisPipeline pipeline) {
        this.pipeline = pipeline;
        this.redis = redis;
        this.keys = keys;
        this.json = json;
        this.transcript = new RedisTranscript(json);
        this.settings = settings;
        this.clock = clock;
        this.listeners = listeners;
    }

    @Override
    public Optional<Claim> claim(ConversationKey key, Duration lease) {
        String token = UUID.randomUUID().toString();
        List<?> taken = redis.execute(CLAIM, List.of(keys.turnLease(key), keys.inbox(key), keys.state(key),
                keys.effects(key)), token, Long.toString(lease.toMillis()));
        return claimed(taken, key, token, lease, json);
    }

    /** A claim script's answer: taken (with what waits), nothing waits, or empty when another holder has it. */
    static Optional<Claim> claimed(List<?> taken, ConversationKey key, String token, Duration lease, RedisJson json) {
        if (taken != null && "idle".equals(taken.get(0))) {
            return Optional.of(ConversationTurns.nothingWaits(key));
        }
        if (taken == null || !"claimed".equals(taken.get(0))) {
            return Optional.empty();
        }
        String state = (String) taken.get(2);
        String effects = (String) taken.get(3);
        return Optional.of(new Claim(key, token, lease, message((String) taken.get(1), json),
                state.isEmpty() ? ConversationState.fresh() : json.read(state, ConversationState.class),
                effects.isEmpty() ? Optional.empty() : Optional.of(json.read(effects, TurnEffects.class))));
    }

    @Override
    public Next commit(Claim claim, InboundMessage handled, Turn turn, boolean viaOutbox, boolean announce) {
        ConversationKey key = claim.key();
        Instant now = clock.instant();
        TurnEffects effects = new TurnEffects(handled.messageId(), turn.ticketEffects(), turn.misses());
        List<String> args = new ArrayList<>(List.of(claim.token(), leaseMs(claim), handled.messageId(),
                json.write(turn.state()), retentionMs(), Integer.toString(settings.transcriptMaxMessages()),
                RESULT_TTL_MS, viaOutbox || !announce ? "" : json.write(turn.replies()),
                effects.isEmpty() ? "" : json.write(effects),
                announce ? keys.announcements() : "", announce ? key.id() + "\n" + handled.messageId() : ""));
        List<String> bodies = new ArrayList<>();
        if (handled.kind() != InboundMessage.Kind.START) {
            bodies.add(transcript.body(Sender.CITIZEN, now, Reply.info(turn.citizenText()), null));
        }
        turn.replies().forEach(reply -> bodies.add(transcript.body(Sender.BOT, now, reply, null)));
        args.add(Integer.toString(bodies.size()));
        args.addAll(bodies);
        boolean queues = viaOutbox && !turn.replies().isEmpty();
        if (queues) {
            turn.replies().forEach(reply -> args.add(transcript.outboxItem(key, Sender.BOT, reply, now)));
        }
        List<String> scriptKeys = List.of(keys.turnLease(key), keys.inbox(key), keys.state(key),
                keys.transcript(key), keys.seq(key), keys.result(key, handled.messageId()), keys.outbox(key),
                keys.effects(key));
        return next(queues ? markedAround(COMMIT, scriptKeys, args, keys.outboxReady(), key)
                : redis.execute(COMMIT, scriptKeys, args.toArray()), "commit");
    }

    @Override
    public Next effectsMade(Claim claim, TurnEffects effects, ConversationState fixedState) {
        ConversationKey key = claim.key();
        return next(redis.execute(EFFECTS_MADE, List.of(keys.turnLease(key), keys.inbox(key), keys.effects(key),
                        keys.state(key)), claim.token(), leaseMs(claim), json.write(effects),
                fixedState == null ? "" : json.write(fixedState), retentionMs()), "effects");
    }

    @Override
    public void release(Claim claim) {
        RedisLeases.releaseIfHeld(redis, keys.turnLease(claim.key()), claim.token());
    }

    @Override
    public AutoCloseable onAnnounced(Announced listener) {
        if (listeners == null) {
            return ConversationTurns.super.onAnnounced(listener);
        }
        org.springframework.data.redis.connection.MessageListener handler = (message, pattern) -> {
            String body = new String(message.getBody(), StandardCharsets.UTF_8);
            int split = body.indexOf('\n');
            if (split > 0) {
                try {
                    listener.resultReady(ConversationKey.parse(body.substring(0, split)), body.substring(split + 1));
                } catch (IllegalArgumentException notOurs) {
                    // a malformed announcement: the waiting request falls back to polling
                }
            }
        };
        ChannelTopic topic = new ChannelTopic(keys.announcements());
        listeners.addMessageListener(handler, topic);
        return () -> listeners.removeMessageListener(handler, topic);
    }

    /**
     * The script between two marks of a global set, in one pipeline: the mark before means a crash cannot orphan
     * what the script queues; the mark after means a settle running meanwhile cannot drop it.
     */
    private List<?> markedAround(RedisScript<List> script, List<String> scriptKeys, List<String> args, String markSet,
            ConversationKey key) {
        List<Object> answers = pipeline.run(commands -> {
            commands.sadd(markSet, key.id());
            commands.eval(script.getScriptAsString(), ScriptOutputType.MULTI, scriptKeys, args);
            commands.sadd(markSet, key.id());
        });
        return (List<?>) answers.get(1);
    }

    private Next next(List<?> result, String step) {
        String outcome = result == null ? "lost" : (String) result.get(0);
        return switch (outcome) {
            case "released" -> new Next(Optional.empty(), true);
            case "next" -> new Next(message((String) result.get(1), json), false);
            default -> throw new LeaseLost("The conversation was taken over before the " + step + " step");
        };
    }

    private static Optional<InboundMessage> message(String stored, RedisJson json) {
        return stored == null || stored.isEmpty() ? Optional.empty()
                : Optional.of(json.read(stored, InboundMessage.class));
    }

    private static String leaseMs(Claim claim) {
        return Long.toString(claim.lease().toMillis());
    }

    private String retentionMs() {
        return Long.toString(settings.retention().toMillis());
    }

}
