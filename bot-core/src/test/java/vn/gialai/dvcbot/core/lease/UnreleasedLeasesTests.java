package vn.gialai.dvcbot.core.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.core.testing.SettableClock;

/** A lease that could not be let go while Redis failed is let go at a later sweep, once Redis answers. */
class UnreleasedLeasesTests {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-05T01:00:00Z"));
    private final UnreleasedLeases unreleased = new UnreleasedLeases(clock);
    private final List<String> released = new ArrayList<>();
    private boolean redisDown = true;

    private Runnable release(String lease) {
        return () -> {
            if (redisDown) {
                throw new IllegalStateException("Redis is down");
            }
            released.add(lease);
        };
    }

    @Test
    void aReleaseThatFailedIsMadeAtTheFirstSweepAfterRedisIsBack() {
        unreleased.add(release("conv:{zalo:1}:outbox-lease"));
        unreleased.add(release("conv:{zalo:2}:lease"));

        unreleased.retry();
        assertThat(released).isEmpty();
        assertThat(unreleased.size()).isEqualTo(2);

        redisDown = false;
        unreleased.retry();
        assertThat(released).containsExactlyInAnyOrder("conv:{zalo:1}:outbox-lease", "conv:{zalo:2}:lease");
        assertThat(unreleased.size()).isZero();

        unreleased.retry();
        assertThat(released).hasSize(2);
    }

    @Test
    void aReleaseOlderThanAnyLeaseIsForgottenWithoutTrying() {
        unreleased.add(release("conv:{zalo:1}:outbox-lease"));
        clock.advance(Duration.ofMinutes(3));
        redisDown = false;

        unreleased.retry();

        assertThat(released).isEmpty();
        assertThat(unreleased.size()).isZero();
    }
}
