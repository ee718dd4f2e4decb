package vn.gialai.dvcbot.core.handoff;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The volunteer hours of every team: the common schedule, and the teams (communes) that have their own. */
public final class VolunteerSchedule {

    private final ZoneId zone;
    private final VolunteerHours common;
    private final Map<String, VolunteerHours> teams = new HashMap<>();
    private final Communes communes;
    private final TeamDuty duty;

    public VolunteerSchedule(HandoffSettings settings, Communes communes) {
        this(settings, communes, TeamDuty.NONE);
    }

    /** With the teams' own sessions: someone is on duty during the configured hours or a session of the team. */
    public VolunteerSchedule(HandoffSettings settings, Communes communes, TeamDuty duty) {
        this.duty = duty;
        this.zone = settings.zone();
        this.common = VolunteerHours.parse(settings.hours());
        this.communes = communes;
        settings.teamHours().forEach((code, spec) -> {
            if (communes.byCode(code).isEmpty()) {
                throw new IllegalArgumentException("dvc.handoff.team-hours." + code
                        + ": no commune has this code (see communes/gia-lai-communes.tsv)");
            }
            teams.put(code, VolunteerHours.parse(spec));
        });
    }

    /** The hours that apply to a ticket from this commune (by name; null or unknown: the common hours). */
    public VolunteerHours forCommune(String communeName) {
        return communes.byName(communeName).map(c -> teams.get(c.code())).orElse(common);
    }

    public ZonedDateTime local(Instant instant) {
        return instant.atZone(zone);
    }

    /** Empty when someone is on duty now; else when the next shift starts (empty inside too if none is planned). */
    public OffDuty offDuty(String communeName, Instant now) {
        VolunteerHours hours = forCommune(communeName);
        ZonedDateTime local = local(now);
        Optional<String> code = communes.byName(communeName).map(Commune::code);
        if (hours.isOpen(local) || code.map(c -> duty.onDuty(c, local)).orElse(false)) {
            return new OffDuty(false, hours, Optional.empty(), local);
        }
        Optional<ZonedDateTime> next = hours.nextOpening(local);
        Optional<ZonedDateTime> session = code.flatMap(c -> duty.nextStart(c, local));
        if (session.isPresent() && (next.isEmpty() || session.get().isBefore(next.get()))) {
            next = session;
        }
        return new OffDuty(true, hours, next, local);
    }

    /** Whether a team is off duty now, and when it is back. */
    public record OffDuty(boolean off, VolunteerHours hours, Optional<ZonedDateTime> next, ZonedDateTime now) {
    }
}
