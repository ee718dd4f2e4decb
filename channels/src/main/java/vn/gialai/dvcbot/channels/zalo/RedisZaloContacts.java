package vn.gialai.dvcbot.channels.zalo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.redis.RedisKeys;

/**
 * What the channel remembers per citizen, beside the conversation's own keys (same hash tag): the last
 * interaction (for the messaging window), why the citizen cannot be reached, the cached display name, and how
 * many parts of a long message were already sent (so a retry never sends a part twice). All of it expires.
 */
final class RedisZaloContacts {

    /** Keeps the later of the stored and the new interaction time. */
    private static final RedisScript<Long> TOUCH = RedisScript.of("""
            local current = tonumber(redis.call('GET', KEYS[1]) or '0')
            local at = tonumber(ARGV[1])
            if at > current then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) end
            redis.call('DEL', KEYS[2])
            return 1
            """, Long.class);

    /** Interactions older than a week are useless: Zalo refuses consultation messages after 7 days. */
    private static final Duration INTERACTION_KEPT = Duration.ofDays(8);
    private static final Duration UNREACHABLE_KEPT = Duration.ofDays(30);
    private static final Duration PROGRESS_KEPT = Duration.ofDays(7);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;

    RedisZaloContacts(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /** Records an interaction and clears any "cannot reach" mark: the citizen is back. */
    void interacted(ConversationKey key, Instant at) {
        redis.execute(TOUCH, List.of(interaction(key), unreachable(key)), Long.toString(at.toEpochMilli()),
                Long.toString(INTERACTION_KEPT.toMillis()));
    }

    Optional<Instant> lastInteraction(ConversationKey key) {
        String stored = redis.opsForValue().get(interaction(key));
        return stored == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(Long.parseLong(stored)));
    }

    /** Remembers why the citizen cannot be reached (Vietnamese, for the volunteer) until they interact again. */
    void unreachable(ConversationKey key, String notice) {
        redis.opsForValue().set(unreachable(key), notice, UNREACHABLE_KEPT);
    }

    Optional<String> unreachableNotice(ConversationKey key) {
        return Optional.ofNullable(redis.opsForValue().get(unreachable(key)));
    }

    int partsSent(ConversationKey key, String itemId) {
        String stored = redis.opsForValue().get(progress(key, itemId));
        return stored == null ? 0 : Integer.parseInt(stored);
    }

    void partSent(ConversationKey key, String itemId, int partsSent) {
        redis.opsForValue().set(progress(key, itemId), Integer.toString(partsSent), PROGRESS_KEPT);
    }

    void forgetParts(ConversationKey key, String itemId) {
        redis.delete(progress(key, itemId));
    }

    /** The cached display name; present but empty when Zalo had none. */
    Optional<String> displayName(ConversationKey key) {
        return Optional.ofNullable(redis.opsForValue().get(profile(key)));
    }

    void cacheDisplayName(ConversationKey key, String name, Duration ttl) {
        redis.opsForValue().set(profile(key), name, ttl);
    }

    private String interaction(ConversationKey key) {
        return keys.conversation(key, "zalo-interaction");
    }

    private String unreachable(ConversationKey key) {
        return keys.conversation(key, "zalo-unreachable");
    }

    private String profile(ConversationKey key) {
        return keys.conversation(key, "zalo-profile");
    }

    private String progress(ConversationKey key, String itemId) {
        return keys.conversation(key, "zalo-sent:" + itemId);
    }
}
