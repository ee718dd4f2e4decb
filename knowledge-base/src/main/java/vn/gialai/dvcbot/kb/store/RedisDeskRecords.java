package vn.gialai.dvcbot.kb.store;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.redis.RedisKeys;
import vn.gialai.dvcbot.kb.communes.Desk;
import vn.gialai.dvcbot.kb.communes.DeskRecords;

/**
 * The desks as versioned documents under {@code desk:{desk}:} (same layout as the entries, announced on
 * {@code desk:published}); saves and publishes go to the knowledge base's audit log as {@code desk:<code>}.
 */
final class RedisDeskRecords implements DeskRecords {

    private static final Logger log = LoggerFactory.getLogger(RedisDeskRecords.class);

    private final RedisVersionedDocuments<Desk> desks;
    private final KnowledgeBaseStore audit;
    private final Clock clock;

    RedisDeskRecords(StringRedisTemplate redis, RedisKeys keys, Clock clock, KnowledgeBaseStore audit) {
        this.desks = new RedisVersionedDocuments<>(redis, keys, clock, "desk:{desk}:", "desk:published", "desk",
                Desk.class);
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<Desk> live(String code) {
        return desks.live(code);
    }

    @Override
    public List<DeskStatus> statuses() {
        return desks.statuses().stream().map(RedisDeskRecords::status).toList();
    }

    @Override
    public Optional<DeskStatus> status(String code) {
        return desks.status(code).map(RedisDeskRecords::status);
    }

    @Override
    public List<DeskVersion> versions(String code) {
        return desks.versions(code).stream().map(RedisDeskRecords::version).toList();
    }

    @Override
    public Optional<DeskVersion> version(String code, int version) {
        return desks.version(code, version).map(RedisDeskRecords::version);
    }

    @Override
    public DeskVersion save(Desk desk, int baseVersion, String author, String action) {
        try {
            DeskVersion saved = version(desks.save(desk.code(), desk, baseVersion, author, action));
            audit.recordAudit(new AuditRecord(saved.at(), author, action, "desk:" + desk.code(), saved.version()));
            return saved;
        } catch (VersionConflict e) {
            throw new Conflict(desk.code(), e.latestVersion());
        }
    }

    @Override
    public Optional<DeskVersion> publish(String code, int version, String author) {
        if (desks.publish(code, version).isEmpty()) {
            return Optional.empty();
        }
        audit.recordAudit(new AuditRecord(clock.instant(), author, "publish", "desk:" + code, version));
        return version(code, version);
    }

    @Override
    public void seed(Collection<Desk> bundled) {
        for (Desk desk : bundled) {
            try {
                desks.seed(desk.code(), desk, KnowledgeBaseSync.SYSTEM_AUTHOR).ifPresent(seeded -> {
                    audit.recordAudit(new AuditRecord(seeded.at(), seeded.author(), "seed", "desk:" + desk.code(),
                            seeded.version()));
                    audit.recordAudit(new AuditRecord(seeded.at(), seeded.author(), "publish", "desk:" + desk.code(),
                            seeded.version()));
                    if (seeded.version() > 1) {
                        log.info("Bundled desk {} changed in this release; version {} is live", desk.code(),
                                seeded.version());
                    }
                });
            } catch (VersionConflict anotherInstanceSeeded) {
                log.debug("Desk {} was seeded by another instance", desk.code());
            }
        }
    }

    private static DeskStatus status(EntryStatus s) {
        return new DeskStatus(s.id(), s.latestVersion(), s.liveVersion());
    }

    private static DeskVersion version(RedisVersionedDocuments.Version<Desk> v) {
        return new DeskVersion(v.id(), v.version(), v.document(), v.author(), v.at(), v.action());
    }
}
