package vn.gialai.dvcbot.core.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;

/**
 * One short WARN line per refused request, but at most {@code perWindow} of them per window: a fuzzer or a flood
 * must not bury real faults in the log. The first refusal after a quiet spell says how many were not logged.
 * Never a stack trace: a refusal is the caller's fault, not ours.
 */
public final class RefusalLog {

    private final Logger log;
    private final int perWindow;
    private final Duration window;
    private final Clock clock;
    private final AtomicReference<Instant> windowStart;
    private final AtomicLong logged = new AtomicLong();
    private final AtomicLong suppressed = new AtomicLong();

    public RefusalLog(Logger log, int perWindow, Duration window, Clock clock) {
        this.log = log;
        this.perWindow = perWindow;
        this.window = window;
        this.clock = clock;
        this.windowStart = new AtomicReference<>(clock.instant());
    }

    /** Ten lines a minute per log: enough to see what is refused and why. */
    public static RefusalLog of(Logger log) {
        return new RefusalLog(log, 10, Duration.ofMinutes(1), Clock.systemUTC());
    }

    /** Logs {@code format} (SLF4J placeholders) unless this window's lines are spent; returns whether it logged. */
    public boolean refused(String format, Object... arguments) {
        Instant now = clock.instant();
        Instant start = windowStart.get();
        if (!now.isBefore(start.plus(window)) && windowStart.compareAndSet(start, now)) {
            logged.set(0);
            long dropped = suppressed.getAndSet(0);
            if (dropped > 0) {
                log.warn("{} more refused requests were not logged in the last {}", dropped, window);
            }
        }
        if (logged.incrementAndGet() > perWindow) {
            suppressed.incrementAndGet();
            return false;
        }
        log.warn(format, arguments);
        return true;
    }
}
