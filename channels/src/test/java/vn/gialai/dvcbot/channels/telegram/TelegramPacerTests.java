package vn.gialai.dvcbot.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TelegramPacerTests {

    private static final Duration IN_PLACE = TelegramOutboundChannel.LONGEST_WAIT_IN_PLACE;

    private final TelegramPacer pacer = new TelegramPacer();
    private final Instant now = Instant.parse("2026-11-29T08:00:00Z");

    @Test
    void theFirstMessageToAChatGoesAtOnceAndTheNextWaitsASecond() {
        assertThat(reserve("7001", now)).isZero();
        assertThat(reserve("7001", now)).isEqualTo(Duration.ofSeconds(1));
        assertThat(reserve("7001", now)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aGroupGetsOneMessageEveryThreeSeconds() {
        assertThat(reserve("-1001234567890", now)).isZero();
        assertThat(reserve("-1001234567890", now)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aWaitTooLongToSpendInPlaceBooksNothingSoTheRetryThenGoesAtOnce() {
        String group = "-1001234567890";
        assertThat(pacer.reserve(group, now, IN_PLACE)).isZero();

        assertThat(pacer.reserve(group, now.plusMillis(100), IN_PLACE)).isEqualTo(Duration.ofMillis(2900));
        assertThat(pacer.reserve(group, now.plusSeconds(3), IN_PLACE)).isZero();
    }

    @Test
    void manyChatsShareAboutThirtyMessagesASecond() {
        Duration last = Duration.ZERO;
        for (int chat = 0; chat < 60; chat++) {
            last = reserve(Integer.toString(10_000 + chat), now);
        }
        assertThat(last).isBetween(Duration.ofMillis(1900), Duration.ofMillis(2100));
    }

    @Test
    void aChatThatWasQuietForAWhileIsNotHeldBack() {
        reserve("7001", now);

        assertThat(reserve("7001", now.plusSeconds(5))).isZero();
    }

    /** A slot however far off, as for a sender that would wait for it. */
    private Duration reserve(String chatId, Instant at) {
        return pacer.reserve(chatId, at, Duration.ofDays(1));
    }
}
