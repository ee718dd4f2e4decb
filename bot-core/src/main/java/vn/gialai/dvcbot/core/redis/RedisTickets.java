package vn.gialai.dvcbot.core.redis;

import static vn.gialai.dvcbot.core.redis.RedisTicketFields.ms;
import static vn.gialai.dvcbot.core.redis.RedisTicketFields.orEmpty;
import static vn.gialai.dvcbot.core.redis.RedisTicketFields.transition;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.gialai.dvcbot.core.handoff.HandoffQueue.Opened;
import vn.gialai.dvcbot.core.handoff.Resolution;
import vn.gialai.dvcbot.core.handoff.TicketDetails;
import vn.gialai.dvcbot.core.handoff.TicketStatus;
import vn.gialai.dvcbot.core.handoff.Transition.Result;
import vn.gialai.dvcbot.core.handoff.Transition;
import vn.gialai.dvcbot.core.message.ConversationKey;

/**
 * The tickets' life cycle: tickets as hashes, the queue as sorted sets ({@code waiting} by creation time,
 * {@code assigned} by lease deadline, {@code closed} by close time). Every transition is one Lua script
 * ({@code handoff/*.lua}, keys and arguments documented there) that checks the status and the holder, moves the
 * ticket between the sets and publishes the change, so racing volunteers and instances never both win.
 */
final class RedisTickets {

    private static final Pattern ID = Pattern.compile("\\d{1,18}");
    private static final String RESULT = "handoff/ticket-result.lua";
    private static final RedisScript<List> OPEN = RedisLuaScript.load(List.class, "handoff/open.lua");
    private static final RedisScript<List> CLAIM = RedisLuaScript.load(List.class, RESULT, "handoff/claim.lua");
    private static final RedisScript<List> TOUCH = RedisLuaScript.load(List.class, RESULT, "handoff/touch.lua");
    private static final RedisScript<List> RELEASE = RedisLuaScript.load(List.class, RESULT, "handoff/release.lua");
    private static final RedisScript<List> CLOSE = RedisLuaScript.load(List.class, RESULT, "handoff/close.lua");
    private static final RedisScript<Long> SET_FIELD = RedisLuaScript.load(Long.class, "handoff/set-field.lua");
    private static final RedisScript<Long> RATE = RedisLuaScript.load(Long.class, "handoff/rate.lua");
    private static final RedisScript<List> LIST = RedisLuaScript.load(List.class, "handoff/list.lua");

    private final StringRedisTemplate redis;
    private final HandoffKeys keys;
    private final Duration retention;

    RedisTickets(StringRedisTemplate redis, HandoffKeys keys, Duration retention) {
        this.redis = redis;
        this.keys = keys;
        this.retention = retention;
    }

    Opened open(ConversationKey conversation, String commune, String firstQuestion, Instant now) {
        for (int attempt = 0; attempt < 2; attempt++) {
            String id = Long.toString(redis.opsForValue().increment(keys.sequence()));
            List<?> result = redis.execute(OPEN, List.of(keys.ticket(id), keys.waiting(), keys.open()),
                    conversation.id(), id, conversation.channel(), conversation.chatId(), orEmpty(commune),
                    orEmpty(firstQuestion), ms(now), keys.changes());
            Optional<TicketDetails> ticket = find((String) result.get(1));
            if (ticket.isPresent() && ticket.get().isOpen()) {
                return new Opened(ticket.get(), "created".equals(result.get(0)));
            }
            // The conversation pointed at a ticket that no longer exists or is closed: forget it and open anew.
            redis.opsForHash().delete(keys.open(), conversation.id());
        }
        throw new IllegalStateException("Could not open a handoff ticket for a " + conversation.channel() + " chat");
    }

    Optional<TicketDetails> find(String id) {
        if (!valid(id)) {
            return Optional.empty();
        }
        Map<Object, Object> fields = redis.opsForHash().entries(keys.ticket(id));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> strings = new HashMap<>();
        fields.forEach((k, v) -> strings.put((String) k, (String) v));
        return Optional.of(RedisTicketFields.details(strings));
    }

    Optional<TicketDetails> openTicket(ConversationKey conversation) {
        Object id = redis.opsForHash().get(keys.open(), conversation.id());
        return id == null ? Optional.empty() : find(id.toString()).filter(TicketDetails::isOpen);
    }

    int waitingCount() {
        Long waiting = redis.opsForZSet().zCard(keys.waiting());
        return waiting == null ? 0 : waiting.intValue();
    }

    /** One script reads the set and every ticket in it: one round trip however long the queue. */
    List<TicketDetails> list(TicketStatus status, int closedLimit) {
        List<?> hashes = switch (status) {
            case WAITING -> redis.execute(LIST, List.of(keys.waiting()), keys.ticketPrefix(), "0", "-1");
            case ASSIGNED -> redis.execute(LIST, List.of(keys.assigned()), keys.ticketPrefix(), "0", "-1");
            case CLOSED -> redis.execute(LIST, List.of(keys.closed()), keys.ticketPrefix(), "1",
                    Integer.toString(Math.max(0, closedLimit - 1)));
        };
        List<TicketDetails> tickets = new ArrayList<>();
        for (Object hash : hashes == null ? List.of() : hashes) {
            TicketDetails ticket = RedisTicketFields.details((List<?>) hash);
            if (ticket.status() == status) {
                tickets.add(ticket);
            }
        }
        tickets.sort(Comparator.comparing(t -> t.ticket().createdAt()));
        return tickets;
    }

    OptionalInt position(String id) {
        Long rank = redis.opsForZSet().rank(keys.waiting(), id);
        return rank == null ? OptionalInt.empty() : OptionalInt.of(rank.intValue() + 1);
    }

    Transition claim(String id, String username, String displayName, Instant now, Duration lease) {
        if (!valid(id)) {
            return notFound();
        }
        return transition(redis.execute(CLAIM, List.of(keys.ticket(id), keys.waiting(), keys.assigned(), keys.waits()),
                id, username, displayName, ms(now), ms(now.plus(lease)), keys.changes(),
                Integer.toString(RedisHandoffWaits.KEPT)));
    }

    Transition touch(String id, String username, Instant now, Duration lease) {
        if (!valid(id)) {
            return notFound();
        }
        return transition(redis.execute(TOUCH, List.of(keys.ticket(id), keys.assigned()), id, username,
                ms(now.plus(lease))));
    }

    /** @param mode 'force', 'holder' or 'lapsed' (release.lua) */
    Transition release(String id, String username, String mode, Instant now, String change) {
        if (!valid(id)) {
            return notFound();
        }
        return transition(redis.execute(RELEASE, List.of(keys.ticket(id), keys.waiting(), keys.assigned()),
                id, username, mode, ms(now), keys.changes(), change));
    }

    /** @param mode 'force', 'holder' or 'citizen' (close.lua) */
    Transition close(String id, String username, String mode, Resolution resolution, String note, Instant now) {
        if (!valid(id)) {
            return notFound();
        }
        return transition(redis.execute(CLOSE, List.of(keys.ticket(id), keys.waiting(), keys.assigned(),
                        keys.closed(), keys.open(), keys.notes(id)),
                id, username, mode, resolution.code(), orEmpty(note), ms(now), keys.changes(),
                Long.toString(retention.toMillis())));
    }

    /** Returns lapsed claims to waiting; a ticket another instance moved first is in its list, not this one. */
    List<TicketDetails> returnLapsed(Instant now) {
        Set<String> lapsed = redis.opsForZSet().rangeByScore(keys.assigned(), Double.NEGATIVE_INFINITY,
                now.toEpochMilli());
        List<TicketDetails> returned = new ArrayList<>();
        for (String id : lapsed == null ? Set.<String>of() : lapsed) {
            Transition moved = release(id, "", "lapsed", now, "expired");
            if (moved.done()) {
                moved.ticket().ifPresent(returned::add);
            }
        }
        return returned;
    }

    /** Sets a field of an open ticket and publishes {@code change}; with {@code onlyIfUnknown} a set value stays. */
    void setField(String id, String field, String value, boolean onlyIfUnknown, String change) {
        redis.execute(SET_FIELD, List.of(keys.ticket(id)), field, orEmpty(value), onlyIfUnknown ? "1" : "0",
                keys.changes(), change);
    }

    boolean rate(String id, int rating) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("A rating is 1 to 5");
        }
        Long set = redis.execute(RATE, List.of(keys.ticket(id)), Integer.toString(rating));
        return set != null && set == 1L;
    }

    /** Ticket ids are numbers; anything else names no ticket (and never reaches a key). */
    private static boolean valid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    private static Transition notFound() {
        return new Transition(Result.NOT_FOUND, Optional.empty());
    }
}
