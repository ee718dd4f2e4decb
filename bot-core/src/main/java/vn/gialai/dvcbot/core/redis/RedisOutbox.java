package vn.gialai.dvcbot.core.redis;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.gialai.dvcbot.core.conversation.ConversationKey;
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

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final RedisJson json;
    private final Clock clock;

    RedisOutbox(StringRedisTemplate redis, RedisKeys keys, RedisJson json, Clock clock) {
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
    public Optional<Pending> head(ConversationKey key) {
        String head = redis.opsForList().index(keys.outbox(key), 0);
        if (head == null) {
            return Optional.empty();
        }
        OutboxItem item = json.read(head, OutboxItem.class);
        Map<Object, Object> retry = redis.opsForHash().entries(keys.outboxRetry(key));
        if (!item.id().equals(retry.get("id"))) {
            return Optional.of(new Pending(item, null));
        }
        int attempts = Integer.parseInt((String) retry.getOrDefault("attempts", "0"));
        Instant notBefore = Instant.ofEpochMilli(Long.parseLong((String) retry.getOrDefault("notBefore", "0")));
        return Optional.of(new Pending(item.withAttempts(attempts), notBefore));
    }

    @Override
    public void remove(ConversationKey key, String itemId) {
        redis.execute(REMOVE_HEAD, List.of(keys.outbox(key), keys.outboxRetry(key)), itemId);
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
        RedisConversationInbox.unmarkIfEmpty(redis, keys.outboxReady(), keys.outbox(key), key);
    }
}
