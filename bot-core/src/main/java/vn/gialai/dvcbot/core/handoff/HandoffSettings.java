package vn.gialai.dvcbot.core.handoff;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.gialai.dvcbot.core.settings.SettingsDefaults;

/**
 * How the handoff queue behaves.
 *
 * @param claimLease a claimed ticket with no volunteer activity for this long returns to waiting
 * @param zone the province's time zone: volunteer hours, statistics' days, times shown to staff, "today" of the
 *     editing rules
 * @param hours when volunteers are on duty unless their team has its own hours (see {@link VolunteerHours})
 * @param teamHours per team (commune code, e.g. 23575) hours that replace {@code hours}
 * @param retention how long closed tickets and their notes are kept
 * @param waitingAckInterval while waiting, the bot confirms a citizen's message at most this often
 * @param waitStatsWindow only claims within this window count for the wait estimate
 * @param sweepInterval how often lapsed claims are looked for
 */
@ConfigurationProperties("dvc.handoff")
public record HandoffSettings(
        @DefaultValue("10m") Duration claimLease,
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
        @DefaultValue("mon-fri 07:30-17:00; sat-sun 08:00-11:30") String hours,
        Map<String, String> teamHours,
        @DefaultValue("90d") Duration retention,
        @DefaultValue("2m") Duration waitingAckInterval,
        @DefaultValue("7d") Duration waitStatsWindow,
        @DefaultValue("5s") Duration sweepInterval) {

    public HandoffSettings {
        teamHours = teamHours == null ? Map.of() : Map.copyOf(teamHours);
        if (claimLease.isNegative() || claimLease.isZero()) {
            throw new IllegalArgumentException("dvc.handoff.claim-lease must be positive");
        }
    }

    /** The settings when nothing is set: the {@code @DefaultValue}s above. */
    public static HandoffSettings defaults() {
        return SettingsDefaults.of(HandoffSettings.class);
    }
}
