package vn.gialai.dvcbot.app.redis;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;

/**
 * A Redis server process started by the app, bound to 127.0.0.1, persisting with an append-only file. At most
 * one runs over a data folder: the app holds the folder's lock while its server runs, and shuts down a server
 * that a killed app left behind before starting its own.
 */
final class EmbeddedRedis implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedis.class);
    private static final Duration ORPHAN_SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private final RedisServer server;
    private final DataFolderLock lock;
    private final int port;

    private EmbeddedRedis(RedisServer server, DataFolderLock lock, int port) {
        this.server = server;
        this.lock = lock;
        this.port = port;
    }

    static EmbeddedRedis start(EmbeddedRedisSettings settings) {
        try {
            Path dir = Path.of(settings.dir()).toAbsolutePath().normalize();
            Files.createDirectories(dir);
            DataFolderLock lock = DataFolderLock.take(dir);
            try {
                OrphanedRedis.shutDownAll(dir, ORPHAN_SHUTDOWN_WAIT);
                int port = portToUse(settings.port());
                RedisServer server = RedisServer.newRedisServer()
                        .executableProvider(executable(settings.executable()))
                        .port(port)
                        .setting("bind 127.0.0.1")
                        .setting("dir " + dir)
                        .setting("pidfile " + dir.resolve(OrphanedRedis.PID_FILE))
                        .setting("appendonly yes")
                        .setting("appendfsync " + settings.appendfsync())
                        .setting("save \"\"")
                        .build();
                server.start();
                log.info("Started an embedded Redis on 127.0.0.1:{} with data in {}, appendfsync {} "
                        + "(set REDIS_URL to use your own)", port, dir, settings.appendfsync());
                return new EmbeddedRedis(server, lock, port);
            } catch (IOException | RuntimeException e) {
                lock.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded Redis; set REDIS_URL to use a Redis server", e);
        }
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (IOException e) {
            log.warn("Embedded Redis did not stop cleanly: {}", e.toString());
        }
        try {
            lock.close();
        } catch (IOException e) {
            log.debug("The data folder's lock goes with the process anyway: {}", e.toString());
        }
    }

    private static ExecutableProvider executable(String configured) throws IOException {
        if (!configured.isBlank()) {
            File file = new File(configured);
            if (!file.canExecute()) {
                throw new FileNotFoundException("DVC_EMBEDDED_REDIS_EXECUTABLE " + configured + " is not executable");
            }
            return () -> file;
        }
        try {
            return ExecutableProvider.newExecutableInPath("redis-server");
        } catch (FileNotFoundException notInstalled) {
            return ExecutableProvider.newJarResourceProvider();
        }
    }

    private static int portToUse(int wanted) throws IOException {
        if (wanted > 0 && isFree(wanted)) {
            return wanted;
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            log.info("Port {} is taken; the embedded Redis uses {} instead", wanted, socket.getLocalPort());
            return socket.getLocalPort();
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
