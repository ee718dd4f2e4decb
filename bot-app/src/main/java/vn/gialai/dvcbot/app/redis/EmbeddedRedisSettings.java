package vn.gialai.dvcbot.app.redis;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dir where the embedded Redis keeps its append-only file (and the lock that keeps it to one server)
 * @param port the port to listen on (loopback only); when taken, any free port is used
 * @param appendfsync Redis's {@code appendfsync}: {@code always} (default) fsyncs every write before Redis
 *        answers, so an acknowledged message survives a power cut; {@code everysec} is faster and may lose the
 *        last second (docs/reliability.md)
 * @param executable the redis-server to run; empty: {@code redis-server} on the PATH (a current Redis 7 from
 *        the distribution), else the Redis 6.2 bundled with the embedded-redis library
 */
@ConfigurationProperties("dvc.embedded-redis")
public record EmbeddedRedisSettings(
        @DefaultValue("./data/redis") String dir,
        @DefaultValue("6390") int port,
        @DefaultValue("always") String appendfsync,
        @DefaultValue("") String executable) {

    public EmbeddedRedisSettings {
        if (!appendfsync.equals("always") && !appendfsync.equals("everysec")) {
            throw new IllegalArgumentException("DVC_EMBEDDED_REDIS_APPENDFSYNC must be always or everysec, not "
                    + appendfsync);
        }
    }
}
