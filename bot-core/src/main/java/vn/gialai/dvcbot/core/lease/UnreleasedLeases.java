package vn.gialai.dvcbot.core.lease;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Leases this instance meant to let go while Redis was failing (a crash of Redis, a failover). Redis kept them,
 * restored from its append-only file or on the promoted replica, so the work under them would wait for them to
 * lapse. They are let go again at every sweep until Redis answers, so the work resumes as soon as Redis is
 * back. Letting go checks the token, so a lease someone else holds by then is left alone.
 */
public final class UnreleasedLeases {

    /** Longer than any lease: by then it has lapsed anyway. */
    private static final Duration KEPT = Duration.ofMinutes(2);
    private static final int MOST = 10_000;

    private final Map<Runnable, Instant> waiting = new ConcurrentHashMap<>();
    private final Clock clock;

    public UnreleasedLeases(Clock clock) {
        this.clock = clock;
    }

    /** Remembers a release that failed; {@code release} must only let go of the lease if it still holds it. */
    public void add(Runnable release) {
        if (waiting.size() < MOST) {
            waiting.put(release, clock.instant());
        }
    }

    /** Tries every remembered release once; those that fail again stay for the next sweep. */
    public void retry() {
        Instant oldest = clock.instant().minus(KEPT);
        for (Iterator<Map.Entry<Runnable, Instant>> it = waiting.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Runnable, Instant> entry = it.next();
            if (entry.getValue().isBefore(oldest)) {
                it.remove();
                continue;
            }
            try {
                entry.getKey().run();
                it.remove();
            } catch (RuntimeException stillFailing) {
                return;
            }
        }
    }

    public int size() {
        return waiting.size();
    }
}
