package vn.gialai.dvcbot.core.threads;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Named daemon threads, so thread dumps say what each pool is for and no pool holds the JVM open. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    public static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
