package vn.gialai.dvcbot.app.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.core.handoff.Volunteer;

/** The signed-in staff member, with what the consoles need besides the roles. */
public class StaffUser extends User {

    private final String displayName;
    private final String team;

    StaffUser(String username, String password, boolean enabled, Collection<? extends GrantedAuthority> authorities,
            String displayName, String team) {
        super(username, password, enabled, true, true, true, authorities);
        this.displayName = displayName;
        this.team = team;
    }

    public String displayName() {
        return displayName;
    }

    /** The commune code of the volunteer's team, or null. */
    public String team() {
        return team;
    }

    public boolean hasRole(Role role) {
        return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role.name())
                || a.getAuthority().equals("ROLE_" + Role.ADMIN.name()));
    }

    /** The same person as the handoff desk knows them. */
    public Volunteer asVolunteer() {
        return new Volunteer(getUsername(), displayName, getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + Role.ADMIN.name())));
    }
}
