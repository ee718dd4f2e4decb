package vn.gialai.dvcbot.core.handoff;

import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a commune's volunteer team is out on its own days (the schedules team leaders keep), on top of the
 * configured volunteer hours.
 */
public interface TeamDuty {

    TeamDuty NONE = new TeamDuty() {
    };

    /** Whether the team of this commune (by code) is on a session at this moment. */
    default boolean onDuty(String communeCode, ZonedDateTime at) {
        return false;
    }

    /** When the team's next session starts after this moment, if one is planned. */
    default Optional<ZonedDateTime> nextStart(String communeCode, ZonedDateTime after) {
        return Optional.empty();
    }
}
