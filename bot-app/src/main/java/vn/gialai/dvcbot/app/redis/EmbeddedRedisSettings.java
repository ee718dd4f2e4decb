package vn.gialai.dvcbot.app.redis;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dir where the embedded Redis keeps its append-only file
 * @param port the port to listen on (loopback only); when taken, any free port is used
 */
@ConfigurationProperties("dvc.embedded-redis")
public record EmbeddedRedisSettings(@DefaultValue("./data/redis") String dir, @DefaultValue("6390") int port) {
}
