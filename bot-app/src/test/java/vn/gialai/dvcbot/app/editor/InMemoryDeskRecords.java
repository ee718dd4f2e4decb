package vn.gialai.dvcbot.app.editor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gialai.dvcbot.kb.communes.Desk;
import vn.gialai.dvcbot.kb.communes.DeskRecords;

/** The one-stop desks' versions in maps: what desk slices use where the app keeps them in Redis. */
final class InMemoryDeskRecords implements DeskRecords {

    private final Clock clock;
    private final Map<String, List<DeskVersion>> versions = new LinkedHashMap<>();
    private final Map<String, Integer> live = new LinkedHashMap<>();

    InMemoryDeskRecords(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Optional<Desk> live(String code) {
        return Optional.ofNullable(live.get(code)).flatMap(v -> version(code, v)).map(DeskVersion::desk);
    }

    @Override
    public synchronized List<DeskStatus> statuses() {
        return versions.keySet().stream().map(code -> status(code).orElseThrow()).toList();
    }

    @Override
    public synchronized Optional<DeskStatus> status(String code) {
        List<DeskVersion> all = versions.get(code);
        return all == null ? Optional.empty() : Optional.of(new DeskStatus(code, all.size(), live.getOrDefault(code, 0)));
    }

    @Override
    public synchronized List<DeskVersion> versions(String code) {
        return versions.getOrDefault(code, List.of()).stream()
                .sorted(Comparator.comparingInt(DeskVersion::version).reversed()).toList();
    }

    @Override
    public synchronized Optional<DeskVersion> version(String code, int version) {
        List<DeskVersion> all = versions.getOrDefault(code, List.of());
        return version < 1 || version > all.size() ? Optional.empty() : Optional.of(all.get(version - 1));
    }

    @Override
    public synchronized DeskVersion save(Desk desk, int baseVersion, String author, String action) {
        List<DeskVersion> all = versions.computeIfAbsent(desk.code(), c -> new ArrayList<>());
        if (baseVersion != all.size()) {
            throw new Conflict(desk.code(), all.size());
        }
        DeskVersion saved = new DeskVersion(desk.code(), all.size() + 1, desk, author, clock.instant(), action);
        all.add(saved);
        return saved;
    }

    @Override
    public synchronized Optional<DeskVersion> publish(String code, int version, String author) {
        Optional<DeskVersion> published = version(code, version);
        published.ifPresent(v -> live.put(code, version));
        return published;
    }

    /** Adds and publishes the bundled desks that are missing (the app also refreshes untouched ones). */
    @Override
    public synchronized void seed(Collection<Desk> bundled) {
        for (Desk desk : bundled) {
            if (!versions.containsKey(desk.code())) {
                save(desk, 0, "hệ thống", "seed");
                live.put(desk.code(), 1);
            }
        }
    }

    /** Starts again with these desks, each live as version 1. */
    synchronized void reset(Collection<Desk> bundled) {
        versions.clear();
        live.clear();
        seed(bundled);
    }
}
