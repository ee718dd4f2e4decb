package vn.gialai.dvcbot.core.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.core.texts.BotTexts;

class VolunteerHoursTests {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Monday 1 December 2025. */
    private static final ZonedDateTime MONDAY = ZonedDateTime.of(2025, 12, 1, 0, 0, 0, 0, VN);

    private final VolunteerHours hours = VolunteerHours.parse("mon-fri 07:30-11:30,13:30-17:00; sat-sun 08:00-11:30");

    @Test
    void openOnlyWithinTheRangesOfTheDayWeekendsIncluded() {
        assertThat(hours.isOpen(MONDAY.withHour(8))).isTrue();
        assertThat(hours.isOpen(MONDAY.withHour(12))).isFalse();
        assertThat(hours.isOpen(MONDAY.withHour(17))).isFalse();
        assertThat(hours.isOpen(MONDAY.plusDays(5).withHour(9))).isTrue();
        assertThat(hours.isOpen(MONDAY.plusDays(6).withHour(14))).isFalse();
    }

    @Test
    void theNextOpeningIsFoundAcrossNightsAndWeekends() {
        assertThat(hours.nextOpening(MONDAY.withHour(12))).contains(MONDAY.withHour(13).withMinute(30));
        assertThat(hours.nextOpening(MONDAY.withHour(20))).contains(MONDAY.plusDays(1).withHour(7).withMinute(30));
        assertThat(hours.nextOpening(MONDAY.plusDays(6).withHour(12))).contains(MONDAY.plusDays(7).withHour(7).withMinute(30));
        assertThat(VolunteerHours.parse("never").nextOpening(MONDAY)).isEmpty();
        assertThat(VolunteerHours.parse("always").isOpen(MONDAY.withHour(3))).isTrue();
    }

    @Test
    void theScheduleReadsNaturallyInVietnamese() {
        assertThat(hours.describe())
                .isEqualTo("Thứ Hai đến Thứ Sáu 07:30–11:30, 13:30–17:00; Thứ Bảy, Chủ Nhật 08:00–11:30");
        assertThat(VolunteerHours.when(MONDAY.plusDays(1).withHour(7).withMinute(30), MONDAY.withHour(20)))
                .isEqualTo("lúc 07:30 ngày mai");
        assertThat(VolunteerHours.when(MONDAY.plusDays(5).withHour(8), MONDAY.withHour(20)))
                .isEqualTo("lúc 08:00 Thứ Bảy (06/12)");
    }

    @Test
    void aMistakeInTheScheduleSaysWhatIsExpected() {
        assertThatThrownBy(() -> VolunteerHours.parse("monday 7-17"))
                .hasMessageContaining("Expected e.g.");
        assertThatThrownBy(() -> VolunteerHours.parse("mon-fri 17:00-07:00")).hasMessageContaining("17:00-07:00");
    }

    @Test
    void aTeamWithItsOwnHoursUsesThemAndOthersTheCommonOnes() {
        HandoffSettings settings = new HandoffSettings(Duration.ofMinutes(10), VN, "mon-fri 07:30-17:00",
                Map.of("23575", "always"), Duration.ofDays(90), Duration.ofMinutes(2), Duration.ofDays(7),
                Duration.ofSeconds(5));
        VolunteerSchedule schedule = new VolunteerSchedule(settings, Communes.bundled());
        var sundayNight = MONDAY.minusHours(2).toInstant();

        assertThat(schedule.offDuty("Phường Pleiku", sundayNight).off()).isFalse();
        assertThat(schedule.offDuty("Xã Ia Grai", sundayNight).off()).isTrue();
        assertThat(schedule.offDuty(null, sundayNight).next()).contains(MONDAY.withHour(7).withMinute(30));
    }

    @Test
    void theWaitEstimateIsHonestWithoutDataAndUsesTheMedianWithData() {
        assertThat(WaitEstimate.of(List.of(Duration.ofMinutes(3))).describe(BotTexts.DEFAULTS)).contains("chưa đủ số liệu");
        WaitEstimate estimate = WaitEstimate.of(List.of(Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofSeconds(20)));
        assertThat(estimate.typical()).isEqualTo(Duration.ofMinutes(4));
        assertThat(estimate.describe(BotTexts.DEFAULTS)).isEqualTo("Gần đây, thời gian chờ thường khoảng 4 phút, có lúc đến khoảng 5 phút.");
    }
}
