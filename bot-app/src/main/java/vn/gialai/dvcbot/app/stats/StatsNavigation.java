package vn.gialai.dvcbot.app.stats;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every staff page's header shows "Thống kê" to those who may read the statistics. */
@ControllerAdvice
class StatsNavigation {

    @ModelAttribute("canSeeStats")
    boolean canSeeStats(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority()
                .equals("ROLE_TEAM_LEADER") || a.getAuthority().equals("ROLE_EDITOR")
                || a.getAuthority().equals("ROLE_ADMIN"));
    }
}
