package vn.gialai.dvcbot.benchmarks.faults;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Every second after the fault: how many citizens acknowledged before it still have no reply. A flat stretch
 * followed by a drop is work waiting for a lease or a reconnection; a steady slope is work waiting for the app's
 * speed. This tells the two causes of a slow recovery apart.
 */
final class Timeline {

    private final List<Integer> counts = new CopyOnWriteArrayList<>();
    private final Future<?> sampling;

    private Timeline(ExecutorService pool, BitSet before, RecordingPlatform platform) {
        this.sampling = pool.submit(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                int unanswered = 0;
                for (int i = before.nextSetBit(0); i >= 0; i = before.nextSetBit(i + 1)) {
                    unanswered += platform.sends().containsKey(ZaloCitizens.USER_PREFIX + i) ? 0 : 1;
                }
                counts.add(unanswered);
                if (unanswered == 0) {
                    return null;
                }
                Thread.sleep(1000);
            }
            return null;
        });
    }

    static Timeline start(ExecutorService pool, BitSet before, RecordingPlatform platform) {
        return new Timeline(pool, before, platform);
    }

    /** The counts, one a second from the fault, and where the recovery fell among them. */
    String stop(FaultRun.Fault fault) {
        sampling.cancel(true);
        return String.join(" ", counts.stream().map(String::valueOf).toList())
                + String.format(Locale.ROOT, " (recovery at +%.1f s)", (fault.recoveredAt() - fault.at()) / 1000.0);
    }
}
