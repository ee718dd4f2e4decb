package vn.gialai.dvcbot.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TelegramPacerTests {

    private final TelegramPacer pacer = new TelegramPacer();
    private final Instant now = Instant.parse("2026-11-29T08:00:00Z");

    @Test
    void theFirstMessageToAChatGoesAtOnceAndTheNextWaitsASecond() {
        assertThat(pacer.reserve("7001", now)).isZero();
        assertThat(pacer.reserve("7001", now)).isEqualTo(Duration.ofSeconds(1));
        assertThat(pacer.reserve("7001", now)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aGroupGetsOneMessageEveryThreeSeconds() {
        assertThat(pacer.reserve("-1001234567890", now)).isZero();
        assertThat(pacer.reserve("-1001234567890", now)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void manyChatsShareAboutThirtyMessagesASecond() {
        Duration last = Duration.ZERO;
        for (int chat = 0; chat < 60; chat++) {
            last = pacer.reserve(Integer.toString(10_000 + chat), now);
        }
        assertThat(last).isBetween(Duration.ofMillis(1900), Duration.ofMillis(2100));
    }

    @Test
    void aChatThatWasQuietForAWhileIsNotHeldBack() {
        pacer.reserve("7001", now);

        assertThat(pacer.reserve("7001", now.plusSeconds(5))).isZero();
    }
}
