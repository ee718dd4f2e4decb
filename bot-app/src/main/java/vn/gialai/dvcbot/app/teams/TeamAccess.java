package vn.gialai.dvcbot.app.teams;

import vn.gialai.dvcbot.app.security.StaffUser;
import vn.gialai.dvcbot.app.staff.Role;

/** Who may change which team: an admin every team, a team leader only the team of their own commune. */
final class TeamAccess {

    private TeamAccess() {
    }

    static boolean mayEdit(StaffUser user, String code) {
        if (user == null) {
            return false;
        }
        return isAdmin(user) || user.hasRole(Role.TEAM_LEADER) && code != null && code.equals(user.team());
    }

    static boolean isAdmin(StaffUser user) {
        return user != null && user.asVolunteer().admin();
    }
}
