package vn.gialai.dvcbot.core.redis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * How long recent tickets waited before a volunteer claimed them, for the citizens' wait estimate. The claim
 * script writes each sample ({@code claimedAtMs:waitedMs}, newest first) and trims the list to {@link #KEPT}.
 */
final class RedisHandoffWaits {

    /** Samples kept: enough for a median of the last hours on a busy day. */
    static final int KEPT = 100;

    private final StringRedisTemplate redis;
    private final HandoffKeys keys;

    RedisHandoffWaits(StringRedisTemplate redis, HandoffKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    List<Duration> recent(Instant since, int limit) {
        List<String> stored = redis.opsForList().range(keys.waits(), 0, limit - 1L);
        List<Duration> waits = new ArrayList<>();
        for (String sample : stored == null ? List.<String>of() : stored) {
            String[] parts = sample.split(":");
            if (parts.length == 2 && Long.parseLong(parts[0]) >= since.toEpochMilli()) {
                waits.add(Duration.ofMillis(Math.max(0, Long.parseLong(parts[1]))));
            }
        }
        return waits;
    }
}
