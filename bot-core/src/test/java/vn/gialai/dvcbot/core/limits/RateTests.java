package vn.gialai.dvcbot.core.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateTests {

    @Test
    void rateParsesAsSettingsAreWritten() {
        assertThat(Rate.parse("20/5m")).isEqualTo(new Rate(20, Duration.ofMinutes(5)));
        assertThat(Rate.parse(" 3 / 1h ")).isEqualTo(new Rate(3, Duration.ofHours(1)));
        assertThat(Rate.parse("0/1m").named("x").off()).isTrue();
    }

    @Test
    void aRateWithoutItsDurationIsRefusedWithTheExpectedForm() {
        assertThatThrownBy(() -> Rate.parse("20")).hasMessageContaining("20/5m");
    }
}
