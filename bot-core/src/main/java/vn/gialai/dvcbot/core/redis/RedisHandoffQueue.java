package vn.gialai.dvcbot.core.redis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.handoff.HandoffQueue;
import vn.gialai.dvcbot.core.handoff.HandoffSettings;
import vn.gialai.dvcbot.core.handoff.Resolution;
import vn.gialai.dvcbot.core.handoff.Ticket;
import vn.gialai.dvcbot.core.handoff.TicketDetails;
import vn.gialai.dvcbot.core.handoff.TicketNote;
import vn.gialai.dvcbot.core.handoff.TicketStatus;
import vn.gialai.dvcbot.core.handoff.Transition;
import vn.gialai.dvcbot.core.handoff.Transition.Result;
import vn.gialai.dvcbot.core.handoff.Volunteer;

/**
 * Tickets as hashes, the queue as sorted sets ({@code waiting} by creation time, {@code assigned} by lease
 * deadline, {@code closed} by close time). Every transition is one Lua script that checks the status and the
 * holder, moves the ticket between the sets and publishes the change, so racing volunteers and instances
 * never both win. All keys share the {@code {handoff}} hash tag so the scripts stay atomic in Redis Cluster.
 */
final class RedisHandoffQueue implements HandoffQueue {

    private static final int WAITS_KEPT = 100;

    /** Returns the outcome code followed by the ticket's fields, so callers need no second read. */
    private static final String RESULT = """
            local function result(code)
              local r = redis.call('HGETALL', KEYS[1])
              table.insert(r, 1, code)
              return r
            end
            """;

    private static final RedisScript<List> OPEN = RedisScript.of("""
            local existing = redis.call('HGET', KEYS[3], ARGV[1])
            if existing then return {'existing', existing} end
            redis.call('HSET', KEYS[1], 'id', ARGV[2], 'status', 'waiting', 'channel', ARGV[3], 'chatId', ARGV[4],
              'commune', ARGV[5], 'firstQuestion', ARGV[6], 'createdAt', ARGV[7], 'waitingSince', ARGV[7])
            redis.call('ZADD', KEYS[2], ARGV[7], ARGV[2])
            redis.call('HSET', KEYS[3], ARGV[1], ARGV[2])
            redis.call('PUBLISH', ARGV[8], 'requested:' .. ARGV[2])
            return {'created', ARGV[2]}
            """, List.class);

    private static final RedisScript<List> CLAIM = RedisScript.of(RESULT + """
            local status = redis.call('HGET', KEYS[1], 'status')
            if not status then return {'missing'} end
            if status == 'closed' then return result('state') end
            if status == 'assigned' then
              if redis.call('HGET', KEYS[1], 'assignee') ~= ARGV[2] then return result('other') end
              redis.call('HSET', KEYS[1], 'leaseUntil', ARGV[5])
              redis.call('ZADD', KEYS[3], ARGV[5], ARGV[1])
              return result('already')
            end
            local since = tonumber(redis.call('HGET', KEYS[1], 'waitingSince') or ARGV[4])
            redis.call('HSET', KEYS[1], 'status', 'assigned', 'assignee', ARGV[2], 'assigneeName', ARGV[3],
              'claimedAt', ARGV[4], 'leaseUntil', ARGV[5])
            redis.call('ZREM', KEYS[2], ARGV[1])
            redis.call('ZADD', KEYS[3], ARGV[5], ARGV[1])
            redis.call('LPUSH', KEYS[4], ARGV[4] .. ':' .. (tonumber(ARGV[4]) - since))
            redis.call('LTRIM', KEYS[4], 0, tonumber(ARGV[7]) - 1)
            redis.call('PUBLISH', ARGV[6], 'claimed:' .. ARGV[1])
            return result('done')
            """, List.class);

    private static final RedisScript<List> TOUCH = RedisScript.of(RESULT + """
            local status = redis.call('HGET', KEYS[1], 'status')
            if not status then return {'missing'} end
            if status ~= 'assigned' then return result('state') end
            if redis.call('HGET', KEYS[1], 'assignee') ~= ARGV[2] then return result('other') end
            redis.call('HSET', KEYS[1], 'leaseUntil', ARGV[3])
            redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
            return result('done')
            """, List.class);

    /**
     * Assigned → waiting. ARGV[3]: 'force' (an admin), 'holder' (only the assignee) or 'lapsed' (only when
     * the lease deadline has passed; the sweep of any instance).
     */
    private static final RedisScript<List> RELEASE = RedisScript.of(RESULT + """
            local status = redis.call('HGET', KEYS[1], 'status')
            if not status then redis.call('ZREM', KEYS[3], ARGV[1]) return {'missing'} end
            if status ~= 'assigned' then redis.call('ZREM', KEYS[3], ARGV[1]) end
            if status == 'waiting' then return result('already') end
            if status == 'closed' then return result('state') end
            if ARGV[3] == 'holder' and redis.call('HGET', KEYS[1], 'assignee') ~= ARGV[2] then return result('other') end
            if ARGV[3] == 'lapsed' then
              local lease = tonumber(redis.call('HGET', KEYS[1], 'leaseUntil') or '0')
              if lease > tonumber(ARGV[4]) then
                redis.call('ZADD', KEYS[3], lease, ARGV[1])
                return result('other')
              end
            end
            redis.call('HSET', KEYS[1], 'status', 'waiting', 'waitingSince', ARGV[4])
            redis.call('HDEL', KEYS[1], 'assignee', 'assigneeName', 'leaseUntil')
            redis.call('ZREM', KEYS[3], ARGV[1])
            redis.call('ZADD', KEYS[2], redis.call('HGET', KEYS[1], 'createdAt'), ARGV[1])
            redis.call('PUBLISH', ARGV[5], ARGV[6] .. ':' .. ARGV[1])
            return result('done')
            """, List.class);

    /** ARGV[3]: 'force', 'holder' (assignee, or anyone while waiting) or 'citizen' (only while waiting). */
    private static final RedisScript<List> CLOSE = RedisScript.of(RESULT + """
            local status = redis.call('HGET', KEYS[1], 'status')
            if not status then return {'missing'} end
            if status == 'closed' then return result('already') end
            if ARGV[3] == 'citizen' and status ~= 'waiting' then return result('other') end
            if ARGV[3] == 'holder' and status == 'assigned'
              and redis.call('HGET', KEYS[1], 'assignee') ~= ARGV[2] then return result('other') end
            redis.call('HSET', KEYS[1], 'status', 'closed', 'closedAt', ARGV[6], 'resolution', ARGV[4],
              'note', ARGV[5], 'closedBy', ARGV[2])
            redis.call('HDEL', KEYS[1], 'leaseUntil')
            redis.call('ZREM', KEYS[2], ARGV[1])
            redis.call('ZREM', KEYS[3], ARGV[1])
            redis.call('ZADD', KEYS[4], ARGV[6], ARGV[1])
            redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', tonumber(ARGV[6]) - tonumber(ARGV[8]))
            if redis.call('HGET', KEYS[5], ARGV[9]) == ARGV[1] then redis.call('HDEL', KEYS[5], ARGV[9]) end
            redis.call('PEXPIRE', KEYS[1], ARGV[8])
            redis.call('PEXPIRE', KEYS[6], ARGV[8])
            redis.call('PUBLISH', ARGV[7], 'closed:' .. ARGV[1])
            return result('done')
            """, List.class);

    private static final RedisScript<Long> SET_IF_OPEN = RedisScript.of("""
            local status = redis.call('HGET', KEYS[1], 'status')
            if not status or status == 'closed' then return 0 end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            redis.call('PUBLISH', ARGV[3], ARGV[4])
            return 1
            """, Long.class);

    private static final RedisScript<Long> SET_IF_UNKNOWN = RedisScript.of("""
            local status = redis.call('HGET', KEYS[1], 'status')
            if not status or status == 'closed' then return 0 end
            local current = redis.call('HGET', KEYS[1], ARGV[1])
            if current and current ~= '' then return 0 end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            redis.call('PUBLISH', ARGV[3], ARGV[4])
            return 1
            """, Long.class);

    private static final RedisScript<Long> RATE = RedisScript.of("""
            if redis.call('HGET', KEYS[1], 'status') ~= 'closed' then return 0 end
            return redis.call('HSETNX', KEYS[1], 'rating', ARGV[1])
            """, Long.class);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final RedisJson json;
    private final HandoffSettings settings;

    RedisHandoffQueue(StringRedisTemplate redis, RedisKeys keys, RedisJson json, HandoffSettings settings) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
        this.settings = settings;
    }

    @Override
    public Opened open(ConversationKey conversation, String commune, String firstQuestion, Instant now) {
        for (int attempt = 0; attempt < 2; attempt++) {
            String id = Long.toString(redis.opsForValue().increment(key("seq")));
            List<?> result = redis.execute(OPEN, List.of(ticket(id), key("waiting"), key("open")),
                    conversation.id(), id, conversation.channel(), conversation.chatId(), orEmpty(commune),
                    orEmpty(firstQuestion), ms(now), changes());
            String openId = (String) result.get(1);
            Optional<TicketDetails> ticket = find(openId);
            if (ticket.isPresent() && ticket.get().isOpen()) {
                return new Opened(ticket.get(), "created".equals(result.get(0)));
            }
            // The conversation pointed at a ticket that no longer exists or is closed: forget it and open anew.
            redis.opsForHash().delete(key("open"), conversation.id());
        }
        throw new IllegalStateException("Could not open a handoff ticket for a " + conversation.channel() + " chat");
    }

    @Override
    public Optional<TicketDetails> find(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        Map<Object, Object> fields = redis.opsForHash().entries(ticket(id));
        return fields.isEmpty() ? Optional.empty() : Optional.of(toDetails(stringMap(fields)));
    }

    @Override
    public Optional<TicketDetails> openTicket(ConversationKey conversation) {
        Object id = redis.opsForHash().get(key("open"), conversation.id());
        return id == null ? Optional.empty() : find(id.toString()).filter(TicketDetails::isOpen);
    }

    @Override
    public int waitingCount() {
        Long waiting = redis.opsForZSet().zCard(key("waiting"));
        return waiting == null ? 0 : waiting.intValue();
    }

    @Override
    public List<TicketDetails> list(TicketStatus status, int closedLimit) {
        Set<String> ids = switch (status) {
            case WAITING -> redis.opsForZSet().range(key("waiting"), 0, -1);
            case ASSIGNED -> redis.opsForZSet().range(key("assigned"), 0, -1);
            case CLOSED -> redis.opsForZSet().reverseRange(key("closed"), 0, Math.max(0, closedLimit - 1));
        };
        List<TicketDetails> tickets = new ArrayList<>();
        for (String id : ids == null ? Set.<String>of() : ids) {
            find(id).filter(t -> t.status() == status).ifPresent(tickets::add);
        }
        tickets.sort((a, b) -> a.ticket().createdAt().compareTo(b.ticket().createdAt()));
        return tickets;
    }

    @Override
    public Transition claim(String id, Volunteer volunteer, Instant now, Duration lease) {
        if (find(id).isEmpty()) {
            return new Transition(Result.NOT_FOUND, Optional.empty());
        }
        return transition(redis.execute(CLAIM, List.of(ticket(id), key("waiting"), key("assigned"), key("waits")),
                id, volunteer.username(), volunteer.displayName(), ms(now), ms(now.plus(lease)), changes(),
                Integer.toString(WAITS_KEPT)));
    }

    @Override
    public Transition touch(String id, String username, Instant now, Duration lease) {
        if (find(id).isEmpty()) {
            return new Transition(Result.NOT_FOUND, Optional.empty());
        }
        return transition(redis.execute(TOUCH, List.of(ticket(id), key("assigned")), id, username,
                ms(now.plus(lease))));
    }

    @Override
    public Transition release(String id, Volunteer volunteer, Instant now) {
        if (find(id).isEmpty()) {
            return new Transition(Result.NOT_FOUND, Optional.empty());
        }
        return release(id, volunteer.username(), volunteer.admin() ? "force" : "holder", now, "released");
    }

    private Transition release(String id, String username, String mode, Instant now, String change) {
        return transition(redis.execute(RELEASE, List.of(ticket(id), key("waiting"), key("assigned")),
                id, username, mode, ms(now), changes(), change));
    }

    @Override
    public Transition close(String id, Volunteer volunteer, Resolution resolution, String note, Instant now) {
        return close(id, volunteer.username(), volunteer.admin() ? "force" : "holder", resolution, note, now);
    }

    @Override
    public Transition cancel(String id, Instant now) {
        return close(id, "", "citizen", Resolution.CANCELLED, "", now);
    }

    private Transition close(String id, String username, String mode, Resolution resolution, String note,
            Instant now) {
        Optional<TicketDetails> before = find(id);
        if (before.isEmpty()) {
            return new Transition(Result.NOT_FOUND, Optional.empty());
        }
        return transition(redis.execute(CLOSE, List.of(ticket(id), key("waiting"), key("assigned"), key("closed"),
                        key("open"), notesKey(id)),
                id, username, mode, resolution.code(), orEmpty(note), ms(now), changes(),
                Long.toString(settings.retention().toMillis()), before.get().ticket().conversation().id()));
    }

    @Override
    public List<TicketDetails> returnLapsed(Instant now) {
        Set<String> lapsed = redis.opsForZSet().rangeByScore(key("assigned"), Double.NEGATIVE_INFINITY, now.toEpochMilli());
        List<TicketDetails> returned = new ArrayList<>();
        for (String id : lapsed == null ? Set.<String>of() : lapsed) {
            Transition moved = release(id, "", "lapsed", now, "expired");
            if (moved.done()) {
                moved.ticket().ifPresent(returned::add);
            }
        }
        return returned;
    }

    @Override
    public void citizenWrote(String id, Instant at) {
        redis.execute(SET_IF_OPEN, List.of(ticket(id)), "lastMessageAt", ms(at), changes(), "message:" + id);
    }

    @Override
    public void setQuestionIfUnknown(String id, String question) {
        redis.execute(SET_IF_UNKNOWN, List.of(ticket(id)), "firstQuestion", orEmpty(question), changes(), "updated:" + id);
    }

    @Override
    public void setCommune(String id, String commune) {
        redis.execute(SET_IF_OPEN, List.of(ticket(id)), "commune", orEmpty(commune), changes(), "updated:" + id);
    }

    @Override
    public boolean rate(String id, int rating) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("A rating is 1 to 5");
        }
        Long set = redis.execute(RATE, List.of(ticket(id)), Integer.toString(rating));
        return set != null && set == 1L;
    }

    @Override
    public OptionalInt position(String id) {
        Long rank = redis.opsForZSet().rank(key("waiting"), id);
        return rank == null ? OptionalInt.empty() : OptionalInt.of(rank.intValue() + 1);
    }

    @Override
    public List<Duration> recentWaits(Instant since, int limit) {
        List<String> stored = redis.opsForList().range(key("waits"), 0, limit - 1L);
        List<Duration> waits = new ArrayList<>();
        for (String sample : stored == null ? List.<String>of() : stored) {
            String[] parts = sample.split(":");
            if (parts.length == 2 && Long.parseLong(parts[0]) >= since.toEpochMilli()) {
                waits.add(Duration.ofMillis(Math.max(0, Long.parseLong(parts[1]))));
            }
        }
        return waits;
    }

    @Override
    public void addNote(String id, TicketNote note) {
        redis.opsForList().rightPush(notesKey(id), json.write(note));
        redis.expire(notesKey(id), settings.retention());
        redis.convertAndSend(changes(), "updated:" + id);
    }

    @Override
    public List<TicketNote> notes(String id) {
        List<String> stored = redis.opsForList().range(notesKey(id), 0, -1);
        List<TicketNote> notes = new ArrayList<>();
        for (String line : stored == null ? List.<String>of() : stored) {
            notes.add(json.read(line, TicketNote.class));
        }
        return notes;
    }

    private Transition transition(List<?> result) {
        String code = (String) result.get(0);
        Optional<TicketDetails> ticket = Optional.empty();
        if (result.size() > 1) {
            Map<String, String> fields = new HashMap<>();
            for (int i = 1; i + 1 < result.size(); i += 2) {
                fields.put((String) result.get(i), (String) result.get(i + 1));
            }
            ticket = Optional.of(toDetails(fields));
        }
        Result outcome = switch (code) {
            case "done" -> Result.DONE;
            case "already" -> Result.ALREADY_DONE;
            case "other" -> Result.HELD_BY_OTHER;
            case "state" -> Result.WRONG_STATE;
            default -> Result.NOT_FOUND;
        };
        return new Transition(outcome, ticket);
    }

    private static TicketDetails toDetails(Map<String, String> f) {
        Ticket ticket = new Ticket(f.get("id"), TicketStatus.valueOf(f.get("status").toUpperCase(java.util.Locale.ROOT)),
                new ConversationKey(f.get("channel"), f.get("chatId")), blank(f.get("assignee")), blank(f.get("commune")),
                instant(f.get("createdAt")), instant(f.get("lastMessageAt")), blank(f.get("firstQuestion")));
        String rating = blank(f.get("rating"));
        return new TicketDetails(ticket, blank(f.get("assigneeName")), instant(f.get("waitingSince")),
                instant(f.get("leaseUntil")), instant(f.get("claimedAt")), instant(f.get("closedAt")),
                blank(f.get("resolution")), blank(f.get("note")), blank(f.get("closedBy")),
                rating == null ? null : Integer.valueOf(rating));
    }

    private static Map<String, String> stringMap(Map<Object, Object> fields) {
        Map<String, String> map = new HashMap<>();
        fields.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }

    private String key(String name) {
        return keys.global("{handoff}:" + name);
    }

    private String ticket(String id) {
        return key("ticket:" + id);
    }

    private String notesKey(String id) {
        return key("notes:" + id);
    }

    private String changes() {
        return keys.global("handoff:changes");
    }

    private static String ms(Instant instant) {
        return Long.toString(instant.toEpochMilli());
    }

    private static Instant instant(String ms) {
        return ms == null || ms.isBlank() ? null : Instant.ofEpochMilli(Long.parseLong(ms));
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
