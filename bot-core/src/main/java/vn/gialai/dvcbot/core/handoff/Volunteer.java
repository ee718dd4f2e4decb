package vn.gialai.dvcbot.core.handoff;

import java.util.Objects;

/**
 * The staff member acting on a ticket.
 *
 * @param username the login name, recorded as the ticket's assignee
 * @param displayName the name the citizen sees ("Tình nguyện viên Lan")
 * @param admin admins may release or close a ticket someone else holds (a stuck chat)
 */
public record Volunteer(String username, String displayName, boolean admin) {

    public Volunteer {
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
    }
}
