package vn.gialai.dvcbot.core.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.handoff.TicketNote;

/** Volunteers' private notes on a ticket: a JSON list per ticket, kept as long as the closed ticket. */
final class RedisTicketNotes {

    private final StringRedisTemplate redis;
    private final HandoffKeys keys;
    private final RedisJson json;
    private final Duration retention;

    RedisTicketNotes(StringRedisTemplate redis, HandoffKeys keys, RedisJson json, Duration retention) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
        this.retention = retention;
    }

    /** Appends the note, renews the list's expiry and tells the consoles. */
    void add(String id, TicketNote note) {
        redis.opsForList().rightPush(keys.notes(id), json.write(note));
        redis.expire(keys.notes(id), retention);
        redis.convertAndSend(keys.changes(), "updated:" + id);
    }

    List<TicketNote> list(String id) {
        List<String> stored = redis.opsForList().range(keys.notes(id), 0, -1);
        List<TicketNote> notes = new ArrayList<>();
        for (String line : stored == null ? List.<String>of() : stored) {
            notes.add(json.read(line, TicketNote.class));
        }
        return notes;
    }
}
