package vn.gialai.dvcbot.core.redis;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param keyPrefix every key starts with it; tests use their own so they never touch real data
 * @param commandTimeout how long one Redis command may take before the request fails (503) instead of hanging
 */
@ConfigurationProperties("dvc.redis")
public record RedisSettings(@DefaultValue("dvc:") String keyPrefix, @DefaultValue("2s") Duration commandTimeout) {
}
