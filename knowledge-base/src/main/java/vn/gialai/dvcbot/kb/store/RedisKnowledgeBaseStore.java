package vn.gialai.dvcbot.kb.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.gialai.dvcbot.core.redis.RedisKeys;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.content.Entry;

/**
 * Keys (all in one hash slot, {@code {kb}}): {@code kb:{kb}:v:<id>} hash version → JSON, {@code kb:{kb}:heads}
 * id → newest version, {@code kb:{kb}:live} id → live version, {@code kb:{kb}:revision} counter,
 * {@code kb:{kb}:audit} newest-first list. Publishing also announces the new revision on {@link #channel()}.
 * The versions themselves are kept by {@link RedisVersionedDocuments}.
 */
final class RedisKnowledgeBaseStore implements KnowledgeBaseStore {

    private static final int AUDIT_KEPT = 10_000;

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final Clock clock;
    private final RedisVersionedDocuments<Entry> entries;
    private final JsonMapper json = ContentLoader.snakeCaseJson();

    RedisKnowledgeBaseStore(StringRedisTemplate redis, RedisKeys keys, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
        this.entries = new RedisVersionedDocuments<>(redis, keys, clock, "kb:{kb}:", "kb:published", "entry",
                Entry.class);
    }

    /** The pub/sub channel announcing new revisions. */
    String channel() {
        return entries.channel();
    }

    @Override
    public List<EntryStatus> statuses() {
        return entries.statuses();
    }

    @Override
    public Optional<EntryStatus> status(String id) {
        return entries.status(id);
    }

    @Override
    public Optional<EntryVersion> version(String id, int version) {
        return entries.version(id, version).map(RedisKnowledgeBaseStore::entryVersion);
    }

    @Override
    public List<EntryVersion> versions(String id) {
        return entries.versions(id).stream().map(RedisKnowledgeBaseStore::entryVersion).toList();
    }

    @Override
    public EntryVersion save(Entry entry, int baseVersion, String author, String action) {
        EntryVersion saved = entryVersion(entries.save(entry.id(), entry, baseVersion, author, action));
        recordAudit(new AuditRecord(saved.at(), author, action, entry.id(), saved.version()));
        return saved;
    }

    @Override
    public Optional<EntryVersion> publish(String id, int version, String author) {
        if (entries.publish(id, version).isEmpty()) {
            return Optional.empty();
        }
        recordAudit(new AuditRecord(clock.instant(), author, "publish", id, version));
        return version(id, version);
    }

    @Override
    public List<Entry> liveEntries() {
        return List.copyOf(entries.live().values());
    }

    @Override
    public long revision() {
        return entries.revision();
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

    private static EntryVersion entryVersion(RedisVersionedDocuments.Version<Entry> v) {
        return new EntryVersion(v.id(), v.version(), v.document(), v.author(), v.at(), v.action());
    }

    private String key(String name) {
        return keys.global("kb:{kb}:" + name);
    }
}
