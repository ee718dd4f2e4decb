package vn.gialai.dvcbot.app.staff;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gialai.dvcbot.core.handoff.Commune;
import vn.gialai.dvcbot.core.handoff.Communes;

/** The admin page for staff accounts: add, change, disable, reset a password. */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

    static final int MIN_PASSWORD = 8;

    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;
    private final Communes communes;
    private final Clock clock;

    AdminUsersController(StaffAccounts accounts, PasswordEncoder encoder, Communes communes, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.communes = communes;
        this.clock = clock;
    }

    @ModelAttribute
    void common(@AuthenticationPrincipal UserDetails me, Model model) {
        String name = me == null ? ""
                : accounts.find(me.getUsername()).map(StaffAccount::displayName).orElse(me.getUsername());
        model.addAttribute("user", new Nav(name, true));
        model.addAttribute("roles", Role.values());
        model.addAttribute("communes", communes.all().stream()
                .sorted((a, b) -> a.name().compareTo(b.name())).toList());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.all().stream().map(this::row).toList());
        return "admin/users";
    }

    @GetMapping("/{username}")
    String edit(@PathVariable String username, Model model, RedirectAttributes flash) {
        return accounts.find(username).map(a -> {
            model.addAttribute("account", row(a));
            return "admin/user";
        }).orElseGet(() -> {
            flash.addFlashAttribute("problem", "Không có tài khoản " + username + ".");
            return "redirect:/admin/users";
        });
    }

    @PostMapping
    String create(@RequestParam String username, @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String password, @RequestParam(required = false) List<Role> roles,
            @RequestParam(defaultValue = "") String team, RedirectAttributes flash) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        String problem = !StaffAccount.validUsername(name)
                ? "Tên đăng nhập cần 3–40 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới."
                : password.length() < MIN_PASSWORD ? "Mật khẩu cần ít nhất " + MIN_PASSWORD + " ký tự."
                : roles == null || roles.isEmpty() ? "Chọn ít nhất một vai trò." : teamProblem(team, Set.copyOf(roles));
        if (problem == null) {
            var now = clock.instant();
            boolean created = accounts.create(new StaffAccount(name, displayName, encoder.encode(password),
                    EnumSet.copyOf(roles), team, true, false, now, now));
            problem = created ? null : "Tên đăng nhập " + name + " đã có người dùng.";
        }
        flash.addFlashAttribute(problem == null ? "done" : "problem",
                problem == null ? "Đã tạo tài khoản " + name + "." : problem);
        return "redirect:/admin/users";
    }

    @PostMapping("/{username}")
    String update(@PathVariable String username, @RequestParam(defaultValue = "") String displayName,
            @RequestParam(required = false) List<Role> roles, @RequestParam(defaultValue = "") String team,
            @RequestParam(defaultValue = "false") boolean enabled, @RequestParam(defaultValue = "") String newPassword,
            @AuthenticationPrincipal UserDetails me, RedirectAttributes flash) {
        StaffAccount account = accounts.find(username).orElse(null);
        Set<Role> chosen = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        boolean self = me != null && me.getUsername().equals(username);
        String problem = account == null ? "Không có tài khoản " + username + "."
                : chosen.isEmpty() ? "Chọn ít nhất một vai trò."
                : self && (!enabled || !chosen.contains(Role.ADMIN)) ? "Bạn không thể tự khóa hay bỏ quyền quản trị của mình."
                : !newPassword.isEmpty() && newPassword.length() < MIN_PASSWORD
                        ? "Mật khẩu mới cần ít nhất " + MIN_PASSWORD + " ký tự." : teamProblem(team, chosen);
        if (problem != null) {
            flash.addFlashAttribute("problem", problem);
            return account == null ? "redirect:/admin/users" : "redirect:/admin/users/" + username;
        }
        var now = clock.instant();
        StaffAccount changed = account.withProfile(displayName, chosen, team, enabled, now);
        if (!newPassword.isEmpty()) {
            changed = changed.withPasswordHash(encoder.encode(newPassword), now);
        }
        accounts.update(changed);
        flash.addFlashAttribute("done", "Đã lưu tài khoản " + username + ".");
        return "redirect:/admin/users";
    }

    private String teamProblem(String team, Set<Role> roles) {
        if (team.isBlank()) {
            return roles.contains(Role.TEAM_LEADER) ? "Đội trưởng cần được gắn với đội (xã, phường) của mình." : null;
        }
        return communes.byCode(team).isPresent() ? null : "Đội (xã, phường) không có trong danh sách.";
    }

    private Row row(StaffAccount a) {
        return new Row(a.username(), a.displayName(), a.roles(), a.team(),
                communes.byCode(a.team()).map(Commune::name).orElse(""), a.enabled(), a.demo());
    }

    record Row(String username, String displayName, Set<Role> roles, String team, String teamName, boolean enabled,
            boolean demo) {

        public String roleLabels() {
            return String.join(", ", roles.stream().sorted().map(Role::label).toList());
        }

        public boolean has(Role role) {
            return roles.contains(role);
        }
    }

    record Nav(String displayName, boolean admin) {

        public String teamName() {
            return null;
        }
    }
}
