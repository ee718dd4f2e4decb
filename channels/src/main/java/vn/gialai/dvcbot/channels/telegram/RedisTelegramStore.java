package vn.gialai.dvcbot.channels.telegram;

import java.time.Duration;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.redis.RedisKeys;

/**
 * What the Telegram channel remembers in Redis: long choice ids behind short button data, who blocked the
 * bot, how far a split reply got, the last update handed over, and the volunteer group's alert per ticket.
 */
final class RedisTelegramStore {

    static final Duration CHOICE_TTL = Duration.ofDays(90);
    static final Duration UNREACHABLE_TTL = Duration.ofDays(30);
    static final Duration PARTS_TTL = Duration.ofDays(7);
    static final Duration ALERT_TTL = Duration.ofDays(30);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;

    RedisTelegramStore(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    void rememberChoice(String data, String choiceId) {
        redis.opsForValue().set(keys.global("telegram:choice:" + data), choiceId, CHOICE_TTL);
    }

    Optional<String> choice(String data) {
        return Optional.ofNullable(redis.opsForValue().get(keys.global("telegram:choice:" + data)));
    }

    void unreachable(ConversationKey key, String why) {
        redis.opsForValue().set(keys.conversation(key, "telegram-unreachable"), why, UNREACHABLE_TTL);
    }

    Optional<String> unreachableReason(ConversationKey key) {
        return Optional.ofNullable(redis.opsForValue().get(keys.conversation(key, "telegram-unreachable")));
    }

    void reachable(ConversationKey key) {
        redis.delete(keys.conversation(key, "telegram-unreachable"));
    }

    int partsSent(ConversationKey key, String itemId) {
        String n = redis.opsForValue().get(keys.conversation(key, "telegram-sent:" + itemId));
        return n == null ? 0 : Integer.parseInt(n);
    }

    void partSent(ConversationKey key, String itemId, int count) {
        redis.opsForValue().set(keys.conversation(key, "telegram-sent:" + itemId), Integer.toString(count), PARTS_TTL);
    }

    void forgetParts(ConversationKey key, String itemId) {
        redis.delete(keys.conversation(key, "telegram-sent:" + itemId));
    }

    /** The highest update id handed over to the engine; polling resumes after it. */
    int handedOver() {
        String n = redis.opsForValue().get(keys.global("telegram:offset"));
        return n == null ? 0 : Integer.parseInt(n);
    }

    void handedOver(int updateId) {
        redis.opsForValue().set(keys.global("telegram:offset"), Integer.toString(updateId));
    }

    void alertPosted(String ticketId, int messageId) {
        redis.opsForValue().set(keys.global("telegram:alert:" + ticketId), Integer.toString(messageId), ALERT_TTL);
    }

    Optional<Integer> alertOf(String ticketId) {
        return Optional.ofNullable(redis.opsForValue().get(keys.global("telegram:alert:" + ticketId)))
                .map(Integer::parseInt);
    }
}
