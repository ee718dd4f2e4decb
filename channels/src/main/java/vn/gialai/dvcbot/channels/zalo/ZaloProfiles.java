package vn.gialai.dvcbot.channels.zalo;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gialai.dvcbot.core.conversation.CitizenProfiles;
import vn.gialai.dvcbot.core.message.ConversationKey;

/**
 * Citizens' display names from the OA profile API, for the volunteer console. Answers only from the Redis
 * cache; a name not cached yet is fetched in the background (once at a time per citizen), so neither the
 * console nor a conversation ever waits for Zalo. The webhook warms the cache when a citizen writes.
 */
final class ZaloProfiles implements CitizenProfiles {

    private static final Logger log = LoggerFactory.getLogger(ZaloProfiles.class);
    /** A citizen Zalo has no name for is asked again after this long, not on every look-up. */
    private static final Duration NO_NAME_KEPT = Duration.ofHours(1);
    /** Well within the shortest time a cached name is kept ({@link #NO_NAME_KEPT}). */
    private static final long KNOWN_FOR_NANOS = TimeUnit.MINUTES.toNanos(10);
    private static final int MAX_KNOWN = 100_000;

    private final ZaloApi api;
    private final ZaloTokens tokens;
    private final RedisZaloContacts contacts;
    private final Duration ttl;
    private final ExecutorService executor;
    private final Set<ConversationKey> fetching = ConcurrentHashMap.newKeySet();
    /** Citizens whose name was cached when last looked at, until when (System.nanoTime) to trust that. */
    private final Map<ConversationKey, Long> known = new ConcurrentHashMap<>();

    ZaloProfiles(ZaloApi api, ZaloTokens tokens, RedisZaloContacts contacts, Duration ttl, ExecutorService executor) {
        this.api = api;
        this.tokens = tokens;
        this.contacts = contacts;
        this.ttl = ttl;
        this.executor = executor;
    }

    @Override
    public String channel() {
        return ZaloSettings.CHANNEL;
    }

    @Override
    public Optional<String> displayName(ConversationKey key) {
        Optional<String> cached = contacts.displayName(key);
        if (cached.isEmpty()) {
            known.remove(key);
            warm(key);
        }
        return cached.filter(name -> !name.isBlank());
    }

    /**
     * Fetches the name in the background unless it is cached or already being fetched. A name seen cached here
     * lately is not looked up again: the webhook warms on every message, and a citizen who writes often would
     * otherwise cost a task and a Redis read each time.
     */
    void warm(ConversationKey key) {
        Long until = known.get(key);
        if (until != null && until - System.nanoTime() > 0) {
            return;
        }
        if (!fetching.add(key)) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    if (contacts.displayName(key).isPresent() || fetch(key)) {
                        remember(key);
                    }
                } catch (RuntimeException | TokenUnavailable e) {
                    log.debug("Zalo profile not fetched now: {}", e.toString());
                } finally {
                    fetching.remove(key);
                }
            });
        } catch (RejectedExecutionException busyOrStopping) {
            fetching.remove(key);
        }
    }

    /** Cached in Redis now (for a day, or an hour when Zalo has no name): no need to look for a while. */
    private void remember(ConversationKey key) {
        if (known.size() >= MAX_KNOWN) {
            known.clear();
        }
        known.put(key, System.nanoTime() + KNOWN_FOR_NANOS);
    }

    /** Asks Zalo and caches the answer; false when Zalo could not answer now (nothing cached). */
    private boolean fetch(ConversationKey key) throws TokenUnavailable {
        ZaloApi.Answer answer = api.userDetail(tokens.accessToken(), key.chatId());
        if (answer.ok()) {
            String name = answer.data().path("display_name").asString("").strip();
            contacts.cacheDisplayName(key, name, name.isEmpty() ? NO_NAME_KEPT : ttl);
            return true;
        }
        if (answer.error() != ZaloApi.Answer.NO_CODE && answer.httpStatus() < 500) {
            contacts.cacheDisplayName(key, "", NO_NAME_KEPT);
            log.debug("Zalo has no profile for a citizen: {}", answer.describe());
            return true;
        }
        return false;
    }
}
