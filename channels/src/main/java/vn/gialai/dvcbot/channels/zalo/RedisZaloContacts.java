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
 * What the channel remembers per citizen, beside the conversation's own keys (same hash tag, so the scripts
 * may touch several in Redis Cluster): the citizen's last message and how many messages were sent since (the
 * free-reply count, reserved atomically before each send), replies held until the citizen writes again, a
 * volunteer's leave to send a paid one, why the citizen cannot be reached or why Zalo refused the last reply,
 * the cached display name, and how many parts of a long message were already sent (so a retry never sends a
 * part twice). All of it expires.
 */
// Over 250 lines on purpose: every per-citizen record of the channel with the Lua scripts that must change them together.
final class RedisZaloContacts {

    /**
     * A citizen message: keeps the later time, and a newer one starts the free count again. Answers how many
     * replies are held for the citizen, so the webhook looks for them only when there are some.
     */
    private static final RedisScript<Long> CITIZEN_WROTE = RedisScript.of("""
            local current = tonumber(redis.call('GET', KEYS[1]) or '0')
            local at = tonumber(ARGV[1])
            if at > current then
              redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
              redis.call('SET', KEYS[3], '0', 'PX', ARGV[2])
            end
            redis.call('DEL', KEYS[2], KEYS[4])
            return redis.call('LLEN', KEYS[5])
            """, Long.class);

    /**
     * Takes {@code parts} free replies if the citizen can be reached, the window is open and that many are left of
     * the usable ones: returns {1, sent after} when taken, {0, sent} when used up, {-1, sent} when the window
     * closed, {-2, 0} when there is no citizen message on record, {-3, 0} when the citizen cannot be reached;
     * each with whether a refusal is on record (1 or 0), so a delivery clears it only when there is one.
     */
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> RESERVE = RedisScript.of("""
            if redis.call('EXISTS', KEYS[3]) == 1 then return {-3, 0, 0} end
            local refused = redis.call('EXISTS', KEYS[4])
            local last = redis.call('GET', KEYS[1])
            if not last then return {-2, 0, refused} end
            local sent = tonumber(redis.call('GET', KEYS[2]) or '0')
            if tonumber(ARGV[1]) >= tonumber(last) + tonumber(ARGV[2]) then return {-1, sent, refused} end
            local parts = tonumber(ARGV[4])
            if sent + parts > tonumber(ARGV[3]) then return {0, sent, refused} end
            redis.call('SET', KEYS[2], tostring(sent + parts), 'PX', ARGV[5])
            return {1, sent + parts, refused}
            """, List.class);

    /** Gives back free replies that were reserved but not spent (Zalo refused the message). */
    private static final RedisScript<Long> RELEASE = RedisScript.of("""
            local sent = tonumber(redis.call('GET', KEYS[1]) or '0')
            local back = math.min(sent, tonumber(ARGV[1]))
            if back > 0 then redis.call('DECRBY', KEYS[1], back) end
            return back
            """, Long.class);

    /** Uses one of the leaves a volunteer gave to send beyond the free replies. */
    private static final RedisScript<Long> TAKE_ONE = RedisScript.of("""
            local left = tonumber(redis.call('GET', KEYS[1]) or '0')
            if left <= 0 then return 0 end
            redis.call('DECR', KEYS[1])
            return 1
            """, Long.class);

    /** Interactions older than a week are useless: Zalo refuses consultation messages after 7 days. */
    private static final Duration INTERACTION_KEPT = Duration.ofDays(8);
    private static final Duration UNREACHABLE_KEPT = Duration.ofDays(30);
    private static final Duration PROGRESS_KEPT = Duration.ofDays(7);
    private static final Duration HELD_KEPT = Duration.ofDays(30);
    private static final Duration LEAVE_KEPT = Duration.ofMinutes(15);
    private static final Duration WELCOME_KEPT = Duration.ofHours(1);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;

    RedisZaloContacts(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /**
     * Records a citizen's message: a newer one starts the free count again; any "cannot reach" mark and the
     * last refusal are cleared, the citizen is back. Returns how many replies are held for the citizen.
     */
    long citizenWrote(ConversationKey key, Instant at, Duration keep) {
        Duration kept = keep.compareTo(INTERACTION_KEPT) > 0 ? keep : INTERACTION_KEPT;
        Long held = redis.execute(CITIZEN_WROTE, List.of(interaction(key), unreachable(key), sent(key), refusal(key),
                heldKey(key)), Long.toString(at.toEpochMilli()), Long.toString(kept.toMillis()));
        return held == null ? 0 : held;
    }

    /** The citizen follows the OA (again): they can be reached, though no free window opens. */
    void followed(ConversationKey key) {
        redis.delete(unreachable(key));
    }

    /** Takes {@code parts} of the {@code usable} free replies; see {@link Reservation}. */
    Reservation reserve(ConversationKey key, Instant now, Duration window, int usable, int parts) {
        List<?> answer = redis.execute(RESERVE, List.of(interaction(key), sent(key), unreachable(key), refusal(key)),
                Long.toString(now.toEpochMilli()), Long.toString(window.toMillis()), Integer.toString(usable),
                Integer.toString(parts), Long.toString(INTERACTION_KEPT.toMillis()));
        return new Reservation(((Number) answer.get(0)).intValue(), ((Number) answer.get(1)).intValue(),
                ((Number) answer.get(2)).intValue() == 1);
    }

    void release(ConversationKey key, int parts) {
        if (parts > 0) {
            redis.execute(RELEASE, List.of(sent(key)), Integer.toString(parts));
        }
    }

    /** Messages sent since the citizen's last message. */
    int sentSinceCitizen(ConversationKey key) {
        String stored = redis.opsForValue().get(sent(key));
        return stored == null ? 0 : Integer.parseInt(stored);
    }

    /** A volunteer chose to send one reply now although it will not be free. */
    void allowPaid(ConversationKey key) {
        redis.opsForValue().increment(leave(key));
        redis.expire(leave(key), LEAVE_KEPT);
    }

    boolean takePaid(ConversationKey key) {
        return Long.valueOf(1).equals(redis.execute(TAKE_ONE, List.of(leave(key))));
    }

    /** The bot may greet this new follower once, although no free window is open. */
    void allowWelcome(ConversationKey key) {
        redis.opsForValue().set(welcome(key), "1", WELCOME_KEPT);
    }

    boolean takeWelcome(ConversationKey key) {
        return Boolean.TRUE.equals(redis.delete(welcome(key)));
    }

    void hold(ConversationKey key, String reply) {
        redis.opsForList().rightPush(heldKey(key), reply);
        redis.expire(heldKey(key), HELD_KEPT);
    }

    List<String> held(ConversationKey key) {
        List<String> replies = redis.opsForList().range(heldKey(key), 0, -1);
        return replies == null ? List.of() : replies;
    }

    void releaseHeld(ConversationKey key, String reply) {
        redis.opsForList().remove(heldKey(key), 1, reply);
    }

    /** Why Zalo refused the last reply (Vietnamese, for the volunteer), until a reply goes through. */
    void refused(ConversationKey key, String notice) {
        redis.opsForValue().set(refusal(key), notice, UNREACHABLE_KEPT);
    }

    Optional<String> refusalNotice(ConversationKey key) {
        return Optional.ofNullable(redis.opsForValue().get(refusal(key)));
    }

    void clearRefusal(ConversationKey key) {
        redis.delete(refusal(key));
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

    private String sent(ConversationKey key) {
        return keys.conversation(key, "zalo-sent-since-citizen");
    }

    private String leave(ConversationKey key) {
        return keys.conversation(key, "zalo-paid-leave");
    }

    private String welcome(ConversationKey key) {
        return keys.conversation(key, "zalo-welcome");
    }

    private String heldKey(ConversationKey key) {
        return keys.conversation(key, "zalo-held");
    }

    private String refusal(ConversationKey key) {
        return keys.conversation(key, "zalo-refusal");
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

    /**
     * @param outcome 1 taken, 0 used up, -1 window closed, -2 no citizen message on record, -3 the citizen cannot
     *     be reached
     * @param sent messages counted since the citizen's last message (after taking, when taken)
     * @param refusalOnRecord why Zalo refused the last reply is on record (a delivery clears it)
     */
    record Reservation(int outcome, int sent, boolean refusalOnRecord) {

        boolean taken() {
            return outcome == 1;
        }

        boolean unreachable() {
            return outcome == -3;
        }
    }
}
