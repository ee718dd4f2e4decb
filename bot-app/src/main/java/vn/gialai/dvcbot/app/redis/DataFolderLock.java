package vn.gialai.dvcbot.app.redis;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on the embedded Redis's data folder, held for the app's whole life. The operating system
 * drops it when the app dies, however it dies, so a second app can never run a Redis over the same
 * append-only file while the first lives, and a lock found free means any Redis still running there is an
 * orphan ({@link OrphanedRedis}).
 */
final class DataFolderLock implements AutoCloseable {

    static final String FILE = "dvc-bot.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataFolderLock take(Path dir) throws IOException {
        FileChannel channel = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("Another dvc-bot runs an embedded Redis over " + dir
                    + "; stop it first, or give this one its own DVC_EMBEDDED_REDIS_DIR (or set REDIS_URL)");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(("app pid " + ProcessHandle.current().pid() + "\n")
                .getBytes(StandardCharsets.UTF_8)));
        return new DataFolderLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
