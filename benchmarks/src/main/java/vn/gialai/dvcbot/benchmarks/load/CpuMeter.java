package vn.gialai.dvcbot.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * CPU time used by the app's JVM and by its embedded Redis (a child process), from /proc. On a machine shared
 * with other work, CPU per operation moves far less than operations per second, so it is printed beside them.
 */
final class CpuMeter {

    /** Clock ticks per second of /proc/[pid]/stat on Linux. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final long appPid;

    CpuMeter(long appPid) {
        this.appPid = appPid;
    }

    Sample sample() {
        long redis = ProcessHandle.of(appPid).stream().flatMap(ProcessHandle::descendants)
                .mapToLong(p -> ticks(p.pid())).sum();
        return new Sample(ticks(appPid), redis);
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    record Sample(long appTicks, long redisTicks) {

        /** CPU milliseconds per operation since {@code before}. */
        String perOperation(Sample before, long operations) {
            if (operations == 0) {
                return "no operations";
            }
            double app = (appTicks - before.appTicks) / TICKS_PER_SECOND * 1000 / operations;
            double redis = (redisTicks - before.redisTicks) / TICKS_PER_SECOND * 1000 / operations;
            return String.format(Locale.ROOT, "CPU per operation: app %.2f ms, Redis %.2f ms", app, redis);
        }
    }
}
