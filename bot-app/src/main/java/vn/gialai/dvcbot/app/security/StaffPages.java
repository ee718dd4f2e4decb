package vn.gialai.dvcbot.app.security;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.gialai.dvcbot.app.staff.Role;

/** The login page, and where each role lands after signing in. */
@Controller
class StaffPages {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/staff")
    String landing(@AuthenticationPrincipal StaffUser user) {
        if (has(user, Role.ADMIN)) {
            return "redirect:/admin/users";
        }
        return has(user, Role.VOLUNTEER) || has(user, Role.TEAM_LEADER) ? "redirect:/console" : "redirect:/editor";
    }

    private static boolean has(StaffUser user, Role role) {
        return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role.name()));
    }
}
