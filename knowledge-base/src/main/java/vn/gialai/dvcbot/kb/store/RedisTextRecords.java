package vn.gialai.dvcbot.kb.store;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.redis.RedisKeys;

/**
 * The texts as versioned documents under {@code kb:{kb}:text:} (same layout and hash slot as the entries). A publish
 * is announced on the entries' channel {@code kb:published}, so every instance's {@link KnowledgeBaseSync} picks it
 * up the same way.
 */
final class RedisTextRecords implements TextRecords {

    private static final Logger log = LoggerFactory.getLogger(RedisTextRecords.class);

    private final RedisVersionedDocuments<String> texts;
    private final KnowledgeBaseStore audit;
    private final Clock clock;

    RedisTextRecords(StringRedisTemplate redis, RedisKeys keys, Clock clock, KnowledgeBaseStore audit) {
        this.texts = new RedisVersionedDocuments<>(redis, keys, clock, "kb:{kb}:text:", "kb:published", "text",
                String.class);
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<EntryStatus> statuses() {
        return texts.statuses();
    }

    @Override
    public Optional<EntryStatus> status(String key) {
        return texts.status(key);
    }

    @Override
    public List<TextVersion> versions(String key) {
        return texts.versions(key).stream().map(RedisTextRecords::version).toList();
    }

    @Override
    public Optional<TextVersion> version(String key, int version) {
        return texts.version(key, version).map(RedisTextRecords::version);
    }

    @Override
    public TextVersion save(String key, String wording, int baseVersion, String author, String action) {
        TextVersion saved = version(texts.save(key, wording, baseVersion, author, action));
        audit.recordAudit(new AuditRecord(saved.at(), author, action, "text:" + key, saved.version()));
        return saved;
    }

    @Override
    public Optional<TextVersion> publish(String key, int version, String author) {
        if (texts.publish(key, version).isEmpty()) {
            return Optional.empty();
        }
        audit.recordAudit(new AuditRecord(clock.instant(), author, "publish", "text:" + key, version));
        return version(key, version);
    }

    @Override
    public Map<String, String> live() {
        return texts.live();
    }

    @Override
    public long revision() {
        return texts.revision();
    }

    @Override
    public void seed(Map<String, String> bundled) {
        bundled.forEach((key, wording) -> {
            try {
                texts.seed(key, wording, KnowledgeBaseSync.SYSTEM_AUTHOR).ifPresent(seeded -> {
                    audit.recordAudit(new AuditRecord(seeded.at(), seeded.author(), "seed", "text:" + key,
                            seeded.version()));
                    audit.recordAudit(new AuditRecord(seeded.at(), seeded.author(), "publish", "text:" + key,
                            seeded.version()));
                    if (seeded.version() > 1) {
                        log.info("Bundled text {} changed in this release; version {} is live", key, seeded.version());
                    }
                });
            } catch (VersionConflict anotherInstanceSeeded) {
                log.debug("Text {} was seeded by another instance", key);
            }
        });
    }

    private static TextVersion version(RedisVersionedDocuments.Version<String> v) {
        return new TextVersion(v.id(), v.version(), v.document(), v.author(), v.at(), v.action());
    }
}
