package vn.gialai.dvcbot.channels.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Telegram's flood limits as slots handed out in advance: about 30 messages a second overall, one a second
 * per chat, one every 3 seconds per group (20 a minute). A sender asks for a slot and waits until it comes.
 * Per instance: the outbox sends one conversation from one instance at a time.
 */
final class TelegramPacer {

    static final Duration OVERALL = Duration.ofMillis(34);
    static final Duration PER_CHAT = Duration.ofSeconds(1);
    static final Duration PER_GROUP = Duration.ofSeconds(3);
    private static final int FORGET_AFTER = 10_000;

    private final Map<String, Instant> nextPerChat = new HashMap<>();
    private Instant nextOverall = Instant.EPOCH;

    /**
     * Takes the next slot for this chat if it comes within {@code longestWait}; returns how long to wait for it.
     * A longer wait books nothing: the sender retries then, and would otherwise find its own unused slot taken
     * and be pushed back again and again (a group's second message never went out).
     */
    synchronized Duration reserve(String chatId, Instant now, Duration longestWait) {
        Instant chatFree = nextPerChat.getOrDefault(chatId, Instant.EPOCH);
        Instant slot = latest(now, latest(nextOverall, chatFree));
        if (Duration.between(now, slot).compareTo(longestWait) > 0) {
            return Duration.between(now, slot);
        }
        nextOverall = slot.plus(OVERALL);
        nextPerChat.put(chatId, slot.plus(isGroup(chatId) ? PER_GROUP : PER_CHAT));
        if (nextPerChat.size() > FORGET_AFTER) {
            nextPerChat.values().removeIf(free -> free.isBefore(now));
        }
        return Duration.between(now, slot);
    }

    /** Group and channel chat ids are negative in the Bot API. */
    static boolean isGroup(String chatId) {
        return chatId.startsWith("-");
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
