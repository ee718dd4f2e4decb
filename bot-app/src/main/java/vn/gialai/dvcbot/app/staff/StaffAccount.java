package vn.gialai.dvcbot.app.staff;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One staff member.
 *
 * @param username the login name: lower-case letters, digits, dot, dash or underscore
 * @param displayName the name citizens and colleagues see
 * @param passwordHash a bcrypt hash; never the password
 * @param team the code of the commune or ward a volunteer serves, or null
 * @param demo a demo account: it works only while demo accounts are switched on, until its password is changed
 */
public record StaffAccount(String username, String displayName, String passwordHash, Set<Role> roles, String team,
        boolean enabled, boolean demo, Instant createdAt, Instant updatedAt) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    public StaffAccount {
        if (!validUsername(username)) {
            throw new IllegalArgumentException("A user name has 3 to 40 lower-case letters, digits, '.', '-' or '_'");
        }
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
        team = team == null || team.isBlank() ? null : team.strip();
    }

    public static boolean validUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    public boolean has(Role role) {
        return roles.contains(role) || roles.contains(Role.ADMIN);
    }

    public StaffAccount withPasswordHash(String hash, Instant now) {
        return new StaffAccount(username, displayName, hash, roles, team, enabled, false, createdAt, now);
    }

    public StaffAccount withProfile(String newDisplayName, Set<Role> newRoles, String newTeam, boolean nowEnabled,
            Instant now) {
        return new StaffAccount(username, newDisplayName, passwordHash, newRoles, newTeam, nowEnabled, demo, createdAt,
                now);
    }
}
