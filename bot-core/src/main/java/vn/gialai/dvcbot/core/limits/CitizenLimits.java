package vn.gialai.dvcbot.core.limits;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import vn.gialai.dvcbot.core.message.ConversationKey;

/**
 * What the engine asks before a turn's effects reach other people: a volunteer ticket (per conversation, and per
 * web chat address), a question for the editors' inbox (per conversation). When Redis cannot be asked, the
 * citizen is let through: a limit must never stop a real request for help.
 */
public class CitizenLimits {

    /** No limits: for engines built without them (tests, tools). */
    public static final CitizenLimits NONE = new CitizenLimits(null, null);

    private static final Logger log = LoggerFactory.getLogger(CitizenLimits.class);
    private static final RefusalLog refusals = RefusalLog.of(log);

    private final RateLimiter limiter;
    private final RateLimitSettings settings;

    public CitizenLimits(RateLimiter limiter, RateLimitSettings settings) {
        this.limiter = limiter;
        this.settings = settings;
    }

    /** Whether this conversation (from {@code origin}, when known) may open one more volunteer ticket. */
    public boolean mayOpenTicket(ConversationKey conversation, String origin) {
        if (limiter == null) {
            return true;
        }
        return allowed(settings.ticketsPerConversationLimit(), conversation.id())
                && (origin == null || allowed(settings.ticketsPerAddressLimit(), origin));
    }

    /** Whether one more of this conversation's questions may go to the editors' inbox. */
    public boolean mayRecordMiss(ConversationKey conversation) {
        return limiter == null || allowed(settings.missedPerConversationLimit(), conversation.id());
    }

    private boolean allowed(RateLimit limit, String subject) {
        if (limit.off()) {
            return true;
        }
        try {
            if (limiter.take(limit, subject).allowed()) {
                return true;
            }
            refusals.refused("Rate limited: {} reached", limit.name());
            return false;
        } catch (DataAccessException e) {
            log.debug("Could not check the rate limit {}: {}", limit.name(), e.toString());
            return true;
        }
    }
}
