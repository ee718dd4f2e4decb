package vn.gialai.dvcbot.app.stats;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.gialai.dvcbot.core.testing.SettableClock;

/**
 * The statistics tests' application runs on a clock they move by hand, starting at 09:00 on 14 March 2026 in Gia
 * Lai: waits and handling times are then exact, and that day's buckets hold only what these tests did.
 */
@TestConfiguration(proxyBeanMethods = false)
class StatsTestClock {

    static final Instant MORNING = Instant.parse("2026-03-14T02:00:00Z");

    @Bean
    @Primary
    SettableClock settableClock() {
        return new SettableClock(MORNING);
    }
}
