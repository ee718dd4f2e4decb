package vn.gialai.dvcbot.core.redis;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.gialai.dvcbot.core.conversation.ConversationInbox;
import vn.gialai.dvcbot.core.conversation.ConversationKey;
import vn.gialai.dvcbot.core.conversation.ConversationSettings;
import vn.gialai.dvcbot.core.conversation.InboundMessage;
import vn.gialai.dvcbot.core.conversation.Reply;

/** One list per conversation; a message id is remembered with {@code SET NX} in the same script that queues it. */
final class RedisConversationInbox implements ConversationInbox {

    private static final RedisScript<Long> ACCEPT = RedisScript.of("""
            if not redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[1]) then return 0 end
            redis.call('RPUSH', KEYS[2], ARGV[2])
            redis.call('PEXPIRE', KEYS[2], ARGV[3])
            return 1
            """, Long.class);

    private static final RedisScript<Long> DROP_HEAD = RedisScript.of("""
            local head = redis.call('LINDEX', KEYS[1], 0)
            if head and cjson.decode(head).messageId == ARGV[1] then redis.call('LPOP', KEYS[1]) return 1 end
            return 0
            """, Long.class);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final RedisJson json;
    private final ConversationSettings settings;

    RedisConversationInbox(StringRedisTemplate redis, RedisKeys keys, RedisJson json, ConversationSettings settings) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
        this.settings = settings;
    }

    @Override
    public boolean accept(InboundMessage message) {
        ConversationKey key = message.conversation();
        redis.opsForSet().add(keys.inboxPending(), key.id());
        Long accepted = redis.execute(ACCEPT, List.of(keys.seen(key, message.messageId()), keys.inbox(key)),
                Long.toString(settings.dedupeWindow().toMillis()), json.write(message),
                Long.toString(settings.retention().toMillis()));
        return accepted != null && accepted == 1L;
    }

    @Override
    public Optional<InboundMessage> head(ConversationKey key) {
        String head = redis.opsForList().index(keys.inbox(key), 0);
        return Optional.ofNullable(head).map(s -> json.read(s, InboundMessage.class));
    }

    @Override
    public void dropHead(ConversationKey key, String messageId) {
        redis.execute(DROP_HEAD, List.of(keys.inbox(key)), messageId);
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
        unmarkIfEmpty(redis, keys.inboxPending(), keys.inbox(key), key);
    }

    /**
     * Removes a conversation from a "may have work" set unless its list has items. Removes first and checks
     * after, so an item queued in between (its writer marks after writing) keeps the mark.
     */
    static void unmarkIfEmpty(StringRedisTemplate redis, String markSet, String list, ConversationKey key) {
        redis.opsForSet().remove(markSet, key.id());
        Long size = redis.opsForList().size(list);
        if (size != null && size > 0) {
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
