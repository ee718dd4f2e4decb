package vn.gialai.dvcbot.app.teams;

import java.time.Instant;
import java.util.List;
import vn.gialai.dvcbot.kb.communes.TeamSession;

/**
 * One commune's volunteer team as its leader keeps it.
 *
 * @param code the commune's code
 * @param version 0 for a team nobody has saved yet; each save adds one
 * @param updatedBy who saved last (user name), or null
 */
record Team(String code, String name, String leader, List<Member> members, List<TeamSession> sessions, int version,
        String updatedBy, Instant updatedAt) {

    Team {
        members = members == null ? List.of() : List.copyOf(members);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }

    /** A volunteer of the team; the phone is for the leader, never shown to citizens. */
    record Member(String name, String phone) {
    }
}
