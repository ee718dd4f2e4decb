package vn.gialai.dvcbot.core.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import vn.gialai.dvcbot.core.testing.SettableClock;

class RefusalLogTests {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-05T01:00:00Z"));
    private final RefusalLog log = new RefusalLog(LoggerFactory.getLogger(RefusalLogTests.class), 3,
            Duration.ofMinutes(1), clock);

    @Test
    void aFloodLogsOnlyTheFirstFewLinesOfEachWindow() {
        long logged = IntStream.range(0, 1200).filter(i -> log.refused("Refused request {}", i)).count();

        assertThat(logged).isEqualTo(3);
    }

    @Test
    void theNextWindowLogsAgain() {
        IntStream.range(0, 10).forEach(i -> log.refused("Refused request {}", i));

        clock.advance(Duration.ofMinutes(1));

        assertThat(log.refused("Refused request {}", 11)).isTrue();
    }
}
