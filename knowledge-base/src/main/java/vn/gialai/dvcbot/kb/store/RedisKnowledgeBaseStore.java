package vn.gialai.dvcbot.kb.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import tools.jackson.databind.json.JsonMapper;
import vn.gialai.dvcbot.core.redis.RedisKeys;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.content.Entry;

/**
 * Keys (all in one hash slot, {@code {kb}}): {@code kb:{kb}:v:<id>} hash version → JSON, {@code kb:{kb}:heads}
 * id → newest version, {@code kb:{kb}:live} id → live version, {@code kb:{kb}:revision} counter,
 * {@code kb:{kb}:audit} newest-first list. Publishing also announces the new revision on {@link #channel()}.
 */
final class RedisKnowledgeBaseStore implements KnowledgeBaseStore {

    private static final int AUDIT_KEPT = 10_000;

    /** Adds version head+1 only if head is still the version the editor saw; else returns -(head+1). */
    private static final RedisScript<Long> SAVE = RedisScript.of("""
            local head = tonumber(redis.call('HGET', KEYS[2], ARGV[1]) or '0')
            if head ~= tonumber(ARGV[2]) then return -(head + 1) end
            local n = head + 1
            redis.call('HSET', KEYS[1], n, ARGV[3])
            redis.call('HSET', KEYS[2], ARGV[1], n)
            return n
            """, Long.class);

    private static final RedisScript<Long> PUBLISH = RedisScript.of("""
            if redis.call('HEXISTS', KEYS[1], ARGV[2]) == 0 then return 0 end
            redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
            local revision = redis.call('INCR', KEYS[3])
            redis.call('PUBLISH', ARGV[3], revision)
            return revision
            """, Long.class);

    /** Every live version as id, JSON pairs in one round trip. */
    private static final RedisScript<List> LIVE = RedisScript.of("""
            local live = redis.call('HGETALL', KEYS[1])
            local out = {}
            for i = 1, #live, 2 do
              local json = redis.call('HGET', ARGV[1] .. live[i], live[i + 1])
              if json then table.insert(out, live[i]); table.insert(out, json) end
            end
            return out
            """, List.class);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final Clock clock;
    private final JsonMapper json = ContentLoader.snakeCaseJson();

    RedisKnowledgeBaseStore(StringRedisTemplate redis, RedisKeys keys, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
    }

    /** The pub/sub channel announcing new revisions. */
    String channel() {
        return keys.global("kb:published");
    }

    @Override
    public List<EntryStatus> statuses() {
        Map<Object, Object> heads = redis.opsForHash().entries(key("heads"));
        Map<Object, Object> live = redis.opsForHash().entries(key("live"));
        List<EntryStatus> statuses = new ArrayList<>();
        heads.forEach((id, head) -> statuses.add(new EntryStatus((String) id, Integer.parseInt((String) head),
                live.containsKey(id) ? Integer.parseInt((String) live.get(id)) : 0)));
        return statuses;
    }

    @Override
    public Optional<EntryStatus> status(String id) {
        Object head = redis.opsForHash().get(key("heads"), id);
        if (head == null) {
            return Optional.empty();
        }
        Object live = redis.opsForHash().get(key("live"), id);
        return Optional.of(new EntryStatus(id, Integer.parseInt((String) head),
                live == null ? 0 : Integer.parseInt((String) live)));
    }

    @Override
    public Optional<EntryVersion> version(String id, int version) {
        Object stored = redis.opsForHash().get(versionsKey(id), Integer.toString(version));
        return Optional.ofNullable(stored).map(s -> read(id, version, (String) s));
    }

    @Override
    public List<EntryVersion> versions(String id) {
        List<EntryVersion> all = new ArrayList<>();
        redis.opsForHash().entries(versionsKey(id)).forEach((n, s) ->
                all.add(read(id, Integer.parseInt((String) n), (String) s)));
        all.sort(Comparator.comparingInt(EntryVersion::version).reversed());
        return all;
    }

    @Override
    public EntryVersion save(Entry entry, int baseVersion, String author, String action) {
        Stored stored = new Stored(author, clock.instant().toString(), action, entry);
        Long result = redis.execute(SAVE, List.of(versionsKey(entry.id()), key("heads")), entry.id(),
                Integer.toString(baseVersion), json.writeValueAsString(stored));
        if (result == null || result < 0) {
            throw new VersionConflict(entry.id(), baseVersion, result == null ? -1 : (int) (-result - 1));
        }
        EntryVersion saved = new EntryVersion(entry.id(), result.intValue(), entry, author, clock.instant(), action);
        recordAudit(new AuditRecord(saved.at(), author, action, entry.id(), saved.version()));
        return saved;
    }

    @Override
    public Optional<EntryVersion> publish(String id, int version, String author) {
        Long revision = redis.execute(PUBLISH, List.of(versionsKey(id), key("live"), key("revision")), id,
                Integer.toString(version), channel());
        if (revision == null || revision == 0) {
            return Optional.empty();
        }
        recordAudit(new AuditRecord(clock.instant(), author, "publish", id, version));
        return version(id, version);
    }

    @Override
    public List<Entry> liveEntries() {
        List<?> pairs = redis.execute(LIVE, List.of(key("live")), key("v:"));
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; pairs != null && i + 1 < pairs.size(); i += 2) {
            entries.add(json.readValue((String) pairs.get(i + 1), Stored.class).entry());
        }
        entries.sort(Comparator.comparing(Entry::id));
        return entries;
    }

    @Override
    public long revision() {
        String value = redis.opsForValue().get(key("revision"));
        return value == null ? 0 : Long.parseLong(value);
    }

    @Override
    public List<AuditRecord> audit(int limit) {
        List<String> lines = redis.opsForList().range(key("audit"), 0, Math.max(0, limit - 1));
        return lines == null ? List.of() : lines.stream().map(l -> json.readValue(l, AuditRecord.class)).toList();
    }

    @Override
    public void recordAudit(AuditRecord record) {
        redis.opsForList().leftPush(key("audit"), json.writeValueAsString(record));
        redis.opsForList().trim(key("audit"), 0, AUDIT_KEPT - 1);
    }

    private EntryVersion read(String id, int version, String stored) {
        Stored s = json.readValue(stored, Stored.class);
        return new EntryVersion(id, version, s.entry(), s.author(), java.time.Instant.parse(s.at()), s.action());
    }

    private String key(String name) {
        return keys.global("kb:{kb}:" + name);
    }

    private String versionsKey(String id) {
        return key("v:" + id);
    }

    private record Stored(String author, String at, String action, Entry entry) {
    }
}
