package vn.gialai.dvcbot.kb.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.store.AuditRecord;
import vn.gialai.dvcbot.kb.store.EntryStatus;
import vn.gialai.dvcbot.kb.store.EntryVersion;
import vn.gialai.dvcbot.kb.store.KnowledgeBaseStore;
import vn.gialai.dvcbot.kb.store.VersionConflict;

/** The editable knowledge base in maps: what editor slices use where the app keeps it in Redis. */
public final class InMemoryKnowledgeBaseStore implements KnowledgeBaseStore {

    private final Clock clock;
    private final Map<String, List<EntryVersion>> versions = new LinkedHashMap<>();
    private final Map<String, Integer> live = new LinkedHashMap<>();
    private final List<AuditRecord> audit = new ArrayList<>();
    private long revision;

    public InMemoryKnowledgeBaseStore(Clock clock) {
        this.clock = clock;
    }

    /** Starts again with these entries, each live as version 1. */
    public synchronized void reset(List<Entry> entries) {
        versions.clear();
        live.clear();
        audit.clear();
        for (Entry entry : entries) {
            versions.put(entry.id(), new ArrayList<>(List.of(new EntryVersion(entry.id(), 1, entry, "hệ thống",
                    clock.instant(), "seed"))));
            live.put(entry.id(), 1);
        }
        revision++;
    }

    @Override
    public synchronized List<EntryStatus> statuses() {
        return versions.keySet().stream().map(id -> status(id).orElseThrow()).toList();
    }

    @Override
    public synchronized Optional<EntryStatus> status(String id) {
        List<EntryVersion> all = versions.get(id);
        return all == null ? Optional.empty() : Optional.of(new EntryStatus(id, all.size(), live.getOrDefault(id, 0)));
    }

    @Override
    public synchronized Optional<EntryVersion> version(String id, int version) {
        List<EntryVersion> all = versions.getOrDefault(id, List.of());
        return version < 1 || version > all.size() ? Optional.empty() : Optional.of(all.get(version - 1));
    }

    @Override
    public synchronized List<EntryVersion> versions(String id) {
        return versions.getOrDefault(id, List.of()).stream()
                .sorted(Comparator.comparingInt(EntryVersion::version).reversed()).toList();
    }

    @Override
    public synchronized EntryVersion save(Entry entry, int baseVersion, String author, String action) {
        List<EntryVersion> all = versions.computeIfAbsent(entry.id(), id -> new ArrayList<>());
        if (baseVersion != all.size()) {
            throw new VersionConflict(entry.id(), baseVersion, all.size());
        }
        EntryVersion saved = new EntryVersion(entry.id(), all.size() + 1, entry, author, clock.instant(), action);
        all.add(saved);
        audit.add(0, new AuditRecord(saved.at(), author, action, entry.id(), saved.version()));
        return saved;
    }

    @Override
    public synchronized Optional<EntryVersion> publish(String id, int version, String author) {
        Optional<EntryVersion> published = version(id, version);
        published.ifPresent(v -> {
            live.put(id, version);
            revision++;
            audit.add(0, new AuditRecord(clock.instant(), author, "publish", id, version));
        });
        return published;
    }

    @Override
    public synchronized List<Entry> liveEntries() {
        return live.entrySet().stream().map(e -> version(e.getKey(), e.getValue()).orElseThrow().entry()).toList();
    }

    @Override
    public synchronized long revision() {
        return revision;
    }

    @Override
    public synchronized List<AuditRecord> audit(int limit) {
        return List.copyOf(audit.subList(0, Math.min(limit, audit.size())));
    }

    @Override
    public synchronized void recordAudit(AuditRecord record) {
        audit.add(0, record);
    }
}
