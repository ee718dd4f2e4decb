package vn.gialai.dvcbot.app.teams;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every staff page's header shows "Lịch đội" to team leaders and admins. */
@ControllerAdvice
class TeamsNavigation {

    @ModelAttribute("canEditTeams")
    boolean canEditTeams(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_TEAM_LEADER") || a.getAuthority().equals("ROLE_ADMIN"));
    }
}
