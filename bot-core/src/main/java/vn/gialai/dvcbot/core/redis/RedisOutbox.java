package vn.gialai.dvcbot.core.redis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.outbox.Outbox;
import vn.gialai.dvcbot.core.outbox.OutboxItem;

/**
 * Each conversation's outbox is a list; the head's retry bookkeeping (attempts, not-before) lives in a small
 * hash beside it and is dropped with the head.
 */
final class RedisOutbox implements Outbox {

    private static final int UNDELIVERABLE_KEPT = 1000;

    private static final RedisScript<Long> REMOVE_HEAD = RedisScript.of("""
            local head = redis.call('LINDEX', KEYS[1], 0)
            if head and cjson.decode(head).id == ARGV[1] then
              redis.call('LPOP', KEYS[1])
              redis.call('DEL', KEYS[2])
              return 1
            end
            return 0
            """, Long.class);

    /** The head and its retry bookkeeping, as the scripts below return them. */
    private static final String HEAD = """
            local function head_of(outbox, retry)
              local head = redis.call('LINDEX', outbox, 0)
              if not head then return nil end
              local r = redis.call('HMGET', retry, 'id', 'attempts', 'notBefore')
              return {head, r[1] or '', r[2] or '', r[3] or ''}
            end
            """;

    /** KEYS: lease, outbox, retry. ARGV: token, lease ms. */
    private static final RedisScript<List> CLAIM = RedisScript.of(HEAD + """
            if redis.call('EXISTS', KEYS[1]) == 1 then return {'busy'} end
            local head = head_of(KEYS[2], KEYS[3])
            if not head then return {'idle'} end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            table.insert(head, 1, 'claimed')
            return head
            """, List.class);

    /** KEYS: lease, outbox, retry. ARGV: token, lease ms, id of the delivered item. */
    private static final RedisScript<List> DELIVERED = RedisScript.of(HEAD + """
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then return {'lost'} end
            local first = redis.call('LINDEX', KEYS[2], 0)
            if first and cjson.decode(first).id == ARGV[3] then
              redis.call('LPOP', KEYS[2])
              redis.call('DEL', KEYS[3])
            end
            local head = head_of(KEYS[2], KEYS[3])
            if not head then
              redis.call('DEL', KEYS[1])
              return {'released'}
            end
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            table.insert(head, 1, 'next')
            return head
            """, List.class);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final RedisJson json;
    private final Clock clock;

    private final RedisPipeline pipeline;

    RedisOutbox(StringRedisTemplate redis, RedisKeys keys, RedisJson json, Clock clock, RedisPipeline pipeline) {
        this.pipeline = pipeline;
        this.redis = redis;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Set<ConversationKey> ready() {
        return RedisConversationInbox.parseKeys(redis.opsForSet().members(keys.outboxReady()));
    }

    @Override
    public Optional<Claim> claim(ConversationKey key, Duration lease) {
        String token = UUID.randomUUID().toString();
        List<?> taken = redis.execute(CLAIM, List.of(keys.outboxLease(key), keys.outbox(key), keys.outboxRetry(key)),
                token, Long.toString(lease.toMillis()));
        if (taken != null && "idle".equals(taken.get(0))) {
            settle(key);
        }
        if (taken == null || !"claimed".equals(taken.get(0))) {
            return Optional.empty();
        }
        return Optional.of(new Claim(key, token, lease, pending(taken)));
    }

    @Override
    public Optional<Pending> delivered(Claim claim, String itemId) {
        ConversationKey key = claim.key();
        List<?> next = redis.execute(DELIVERED, List.of(keys.outboxLease(key), keys.outbox(key),
                keys.outboxRetry(key)), claim.token(), Long.toString(claim.lease().toMillis()), itemId);
        String outcome = next == null ? "lost" : (String) next.get(0);
        if (outcome.equals("released")) {
            settle(key);
            return Optional.empty();
        }
        if (!outcome.equals("next")) {
            throw new IllegalStateException("The outbox was taken over by another holder");
        }
        return Optional.of(pending(next));
    }

    @Override
    public boolean renew(Claim claim) {
        return RedisLeases.renewIfHeld(redis, keys.outboxLease(claim.key()), claim.token(), claim.lease());
    }

    @Override
    public void release(Claim claim) {
        RedisLeases.releaseIfHeld(redis, keys.outboxLease(claim.key()), claim.token());
    }

    @Override
    public Optional<Pending> head(ConversationKey key) {
        String head = redis.opsForList().index(keys.outbox(key), 0);
        if (head == null) {
            return Optional.empty();
        }
        Map<Object, Object> retry = redis.opsForHash().entries(keys.outboxRetry(key));
        return Optional.of(pending(head, (String) retry.get("id"), (String) retry.get("attempts"),
                (String) retry.get("notBefore")));
    }

    /** From a script's answer: outcome, head, then the retry id, attempts and not-before ('' when unset). */
    private Pending pending(List<?> answer) {
        return pending((String) answer.get(1), (String) answer.get(2), (String) answer.get(3), (String) answer.get(4));
    }

    private Pending pending(String head, String retryId, String attempts, String notBefore) {
        OutboxItem item = json.read(head, OutboxItem.class);
        if (!item.id().equals(retryId)) {
            return new Pending(item, null);
        }
        return new Pending(item.withAttempts((int) parse(attempts)), Instant.ofEpochMilli(parse(notBefore)));
    }

    private static long parse(String number) {
        return number == null || number.isEmpty() ? 0 : Long.parseLong(number);
    }

    @Override
    public void defer(ConversationKey key, String itemId, int attempts, Instant notBefore) {
        redis.opsForHash().putAll(keys.outboxRetry(key), Map.of(
                "id", itemId, "attempts", Integer.toString(attempts),
                "notBefore", Long.toString(notBefore.toEpochMilli())));
    }

    @Override
    public void giveUp(ConversationKey key, OutboxItem item, String reason) {
        Long removed = redis.execute(REMOVE_HEAD, List.of(keys.outbox(key), keys.outboxRetry(key)), item.id());
        if (removed != null && removed == 1L) {
            redis.opsForList().leftPush(keys.outboxUndeliverable(),
                    json.write(new Undeliverable(item, reason, clock.instant())));
            redis.opsForList().trim(keys.outboxUndeliverable(), 0, UNDELIVERABLE_KEPT - 1);
        }
    }

    @Override
    public List<Undeliverable> undeliverable(int limit) {
        List<String> stored = redis.opsForList().range(keys.outboxUndeliverable(), 0, limit - 1L);
        List<Undeliverable> items = new ArrayList<>();
        for (String line : stored == null ? List.<String>of() : stored) {
            items.add(json.read(line, Undeliverable.class));
        }
        return items;
    }

    @Override
    public void settle(ConversationKey key) {
        RedisConversationInbox.unmarkIfEmpty(pipeline, redis, keys.outboxReady(), key, keys.outbox(key));
    }
}
