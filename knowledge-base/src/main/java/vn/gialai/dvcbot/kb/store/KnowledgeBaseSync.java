package vn.gialai.dvcbot.kb.store;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gialai.dvcbot.core.threads.DaemonThreads;
import vn.gialai.dvcbot.kb.catalog.KnowledgeBaseCatalog;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;

/**
 * Keeps this instance's catalog equal to the live versions in Redis. A publish is announced on pub/sub and
 * applied at once; a periodic check of the revision catches announcements missed while disconnected. The
 * catalog trains the new matcher before swapping, so citizens are answered all the while.
 */
public final class KnowledgeBaseSync implements AutoCloseable {

    static final String SYSTEM_AUTHOR = "hệ thống";
    private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseSync.class);

    private final KnowledgeBaseStore store;
    private final TextRecords texts;
    private final KnowledgeBaseCatalog catalog;
    private final KnowledgeBaseContent bundled;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(DaemonThreads.named("kb-sync-"));
    private volatile boolean seeded;
    private volatile long appliedRevision = -1;
    private final java.util.concurrent.atomic.AtomicBoolean failing = new java.util.concurrent.atomic.AtomicBoolean();

    KnowledgeBaseSync(KnowledgeBaseStore store, TextRecords texts, KnowledgeBaseCatalog catalog) {
        this.store = store;
        this.texts = texts;
        this.catalog = catalog;
        this.bundled = catalog.content();
    }

    /** Seeds Redis from the bundled content and applies what is live there; never fails start-up. */
    void start() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("Knowledge base not synchronised with Redis yet ({}); answering from the bundled content", e.toString());
        }
    }

    /** Called from the pub/sub listener: training must not hold up the listener thread. */
    void announced() {
        worker.execute(this::refreshQuietly);
    }

    void periodicCheck() {
        refreshQuietly();
    }

    /** Logs an outage once, and once when it is over, rather than every check. */
    private void refreshQuietly() {
        try {
            refresh();
            if (failing.compareAndSet(true, false)) {
                log.info("Knowledge base synchronised with Redis again");
            }
        } catch (RuntimeException e) {
            if (failing.compareAndSet(false, true)) {
                log.warn("Could not refresh the knowledge base from Redis; retrying: {}", e.toString());
            }
        }
    }

    /** Applies what is live in Redis now, if this instance is behind; returns when the new matcher answers. */
    public synchronized void refresh() {
        if (!seeded) {
            seed();
            seeded = true;
        }
        // Both counters only grow, so their sum changes whenever either does.
        long revision = store.revision() + texts.revision();
        if (revision == appliedRevision) {
            return;
        }
        Map<String, String> wording = new LinkedHashMap<>(bundled.texts());
        wording.putAll(texts.live());
        List<Entry> live = store.liveEntries();
        if (!live.isEmpty() && !sameEntries(live, catalog.content().entries())) {
            catalog.publish(bundled.withEntries(live, files(live)).withTexts(wording));
            log.info("Knowledge base revision {} is live: {} entries", revision, live.size());
        } else if (!wording.equals(catalog.content().texts())) {
            catalog.publishTexts(wording);
            log.info("Knowledge base revision {} is live: the bot's own words changed", revision);
        }
        appliedRevision = revision;
    }

    /**
     * Bundled entries that Redis lacks are added and published. A bundled entry that changed in a new release
     * replaces the stored one only while no editor has touched it; editors' work always wins.
     */
    private void seed() {
        texts.seed(bundled.texts());
        for (Entry entry : bundled.entries()) {
            Optional<EntryStatus> status = store.status(entry.id());
            try {
                if (status.isEmpty()) {
                    store.publish(entry.id(), store.save(entry, 0, SYSTEM_AUTHOR, "seed").version(), SYSTEM_AUTHOR);
                } else {
                    updateUntouched(entry, status.get());
                }
            } catch (VersionConflict anotherInstanceSeeded) {
                log.debug("Entry {} was seeded by another instance", entry.id());
            }
        }
    }

    private void updateUntouched(Entry entry, EntryStatus status) {
        Optional<EntryVersion> latest = store.version(entry.id(), status.latestVersion());
        if (latest.isPresent() && latest.get().action().equals("seed") && !latest.get().entry().equals(entry)) {
            EntryVersion saved = store.save(entry, status.latestVersion(), SYSTEM_AUTHOR, "seed");
            store.publish(entry.id(), saved.version(), SYSTEM_AUTHOR);
            log.info("Bundled entry {} changed in this release; version {} is live", entry.id(), saved.version());
        }
    }

    private static boolean sameEntries(List<Entry> a, List<Entry> b) {
        return a.size() == b.size() && new java.util.HashSet<>(a).equals(new java.util.HashSet<>(b));
    }

    private Map<String, String> files(List<Entry> entries) {
        Map<String, String> files = new HashMap<>();
        for (Entry e : entries) {
            files.put(e.id(), bundled.files().getOrDefault(e.id(), e.category() + "/" + e.id() + ".yaml"));
        }
        return files;
    }

    /** The bundled content the store was seeded from (also the categories and out-of-scope examples). */
    public KnowledgeBaseContent bundled() {
        return bundled;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
