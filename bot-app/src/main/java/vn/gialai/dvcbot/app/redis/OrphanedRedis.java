package vn.gialai.dvcbot.app.redis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A redis-server still running over the data folder after the app that started it was killed (SIGKILL, the
 * kernel's out-of-memory killer): the child outlives its parent. It is shut down with SIGTERM, on which Redis
 * writes and fsyncs its append-only file and exits, before a new server starts over the same file. It is not
 * adopted: the new server is the app's own child, with the current settings (fsync policy, version).
 */
final class OrphanedRedis {

    static final String PID_FILE = "redis-server.pid";
    private static final Logger log = LoggerFactory.getLogger(OrphanedRedis.class);

    private OrphanedRedis() {
    }

    /** Shuts down every redis-server running over {@code dir}; call only while holding the folder's lock. */
    static void shutDownAll(Path dir, Duration wait) throws IOException {
        for (ProcessHandle orphan : find(dir)) {
            log.warn("An embedded Redis (pid {}) left by an app that did not stop cleanly still runs over {}; "
                    + "shutting it down so it flushes its append-only file before a new one starts", orphan.pid(), dir);
            orphan.destroy();
            try {
                orphan.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new IllegalStateException("The old embedded Redis (pid " + orphan.pid() + ") over " + dir
                        + " did not stop within " + wait + "; stop it by hand (kill " + orphan.pid() + ")", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Could not wait for the old embedded Redis to stop", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the old embedded Redis stopped", e);
            }
        }
    }

    /**
     * The server named by the pid file Redis keeps in the folder, and on Linux also any redis-server whose working
     * directory is the folder (Redis changes to its {@code dir}), which finds servers of versions without the pid file.
     */
    static List<ProcessHandle> find(Path dir) throws IOException {
        List<ProcessHandle> found = new ArrayList<>();
        fromPidFile(dir.resolve(PID_FILE)).filter(OrphanedRedis::isRedisServer).ifPresent(found::add);
        Path real = dir.toRealPath();
        ProcessHandle.allProcesses()
                .filter(OrphanedRedis::isRedisServer)
                .filter(process -> workingDirectory(process).map(real::equals).orElse(false))
                .filter(process -> found.stream().noneMatch(known -> known.pid() == process.pid()))
                .forEach(found::add);
        return found;
    }

    private static Optional<ProcessHandle> fromPidFile(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    /** By its command line: Debian's redis-server is a link to the multi-call binary redis-check-rdb. */
    private static boolean isRedisServer(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        String line = info.commandLine().or(info::command).orElse("");
        return process.isAlive() && (line.contains("redis-server") || line.contains("redis-check-rdb"));
    }

    private static Optional<Path> workingDirectory(ProcessHandle process) {
        try {
            return Optional.of(Path.of("/proc", Long.toString(process.pid()), "cwd").toRealPath());
        } catch (IOException | SecurityException notLinuxOrNotOurs) {
            return Optional.empty();
        }
    }
}
