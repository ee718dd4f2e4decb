package vn.gialai.dvcbot.app.teams;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gialai.dvcbot.app.security.StaffUser;
import vn.gialai.dvcbot.core.handoff.Commune;
import vn.gialai.dvcbot.core.handoff.Communes;

/**
 * {@code /teams}: an admin sees every team; a team leader goes straight to their own. {@code /teams/{code}} is the
 * schedule form (sessions as rows, a blank row to add one, members one per line).
 */
@Controller
class TeamsConsoleController {

    private static final int BLANK_ROWS = 3;

    private final Teams teams;
    private final Communes communes;
    private final Clock clock;

    TeamsConsoleController(Teams teams, Communes communes, Clock clock) {
        this.teams = teams;
        this.communes = communes;
        this.clock = clock;
    }

    @GetMapping("/teams")
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        if (!TeamAccess.isAdmin(user)) {
            return user.team() != null ? "redirect:/teams/" + user.team() : page(model, user, "teams/none");
        }
        LocalDate today = LocalDate.now(clock);
        List<Row> rows = new ArrayList<>();
        for (Team team : teams.all()) {
            String commune = communes.byCode(team.code()).map(Commune::name).orElse(team.code());
            String next = team.sessions().stream().filter(s -> !s.date().isBefore(today)).findFirst()
                    .map(s -> s.date() + " " + s.from() + "–" + s.to() + ", " + s.place()).orElse("chưa có");
            rows.add(new Row(team.code(), commune, team.name(), team.leader(), team.members().size(), next));
        }
        model.addAttribute("teams", rows);
        return page(model, user, "teams/list");
    }

    /** A line of the admins' list. */
    record Row(String code, String commune, String name, String leader, int members, String next) {
    }

    @GetMapping("/teams/{code}")
    String team(@PathVariable String code, @AuthenticationPrincipal StaffUser user, Model model,
            HttpServletResponse response) {
        if (!TeamAccess.mayEdit(user, code) || communes.byCode(code).isEmpty()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return page(model, user, "teams/forbidden");
        }
        Team team = teams.find(code);
        return form(model, user, team, rowsOf(team), TeamInput.linesOf(team.members()), List.of());
    }

    @PostMapping("/teams/{code}")
    String save(@PathVariable String code, @AuthenticationPrincipal StaffUser user, Model model,
            HttpServletResponse response, RedirectAttributes flash, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String leader, @RequestParam(defaultValue = "") String members,
            @RequestParam(defaultValue = "0") int baseVersion, @RequestParam(required = false) List<String> date,
            @RequestParam(required = false) List<String> from, @RequestParam(required = false) List<String> to,
            @RequestParam(required = false) List<String> place, @RequestParam(required = false) List<String> kind) {
        if (!TeamAccess.mayEdit(user, code) || communes.byCode(code).isEmpty()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return page(model, user, "teams/forbidden");
        }
        List<TeamInput.Row> rows = rows(date, from, to, place, kind);
        TeamInput input = new TeamInput(name, rows, TeamInput.membersFromLines(members));
        Team typed = new Team(code, name.strip(), leader.isBlank() ? null : leader.strip(), input.members(),
                input.sessions(), baseVersion, null, null);
        if (!input.problems().isEmpty()) {
            response.setStatus(422);
            return form(model, user, typed, withBlankRows(rows), members, input.problems());
        }
        try {
            Team saved = teams.save(typed, user.getUsername());
            flash.addFlashAttribute("done", "Đã lưu đội (lần lưu thứ " + saved.version() + "). Lịch mới đã dùng để trả "
                    + "lời bà con.");
            return "redirect:/teams/" + code;
        } catch (Teams.TeamConflict e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(model, user, typed, withBlankRows(rows), members, List.of(
                    "Đội này vừa được người khác lưu. Nội dung bạn gõ vẫn còn đây; hãy mở lại trang ở thẻ khác để xem "
                            + "bản mới rồi sửa lại."));
        }
    }

    private String form(Model model, StaffUser user, Team team, List<TeamInput.Row> rows, String members,
            List<String> problems) {
        model.addAttribute("team", team);
        model.addAttribute("commune", communes.byCode(team.code()).map(Commune::name).orElse(team.code()));
        model.addAttribute("rows", rows);
        model.addAttribute("members", members);
        model.addAttribute("kinds", TeamInput.KINDS);
        model.addAttribute("problems", problems);
        return page(model, user, "teams/team");
    }

    private String page(Model model, StaffUser user, String view) {
        String teamName = user.team() == null ? null : communes.byCode(user.team()).map(Commune::name).orElse(null);
        model.addAttribute("user", new Nav(user.displayName(), TeamAccess.isAdmin(user), teamName));
        return view;
    }

    /** What the staff page header shows. */
    record Nav(String displayName, boolean admin, String teamName) {
    }

    private static List<TeamInput.Row> rowsOf(Team team) {
        List<TeamInput.Row> rows = new ArrayList<>();
        team.sessions().forEach(s -> rows.add(new TeamInput.Row(s.date().toString(), s.from().toString(),
                s.to().toString(), s.place(), s.kind())));
        return withBlankRows(rows);
    }

    private static List<TeamInput.Row> withBlankRows(List<TeamInput.Row> rows) {
        List<TeamInput.Row> all = new ArrayList<>(rows.stream().filter(r -> !r.blank()).toList());
        for (int i = 0; i < BLANK_ROWS; i++) {
            all.add(new TeamInput.Row("", "", "", "", ""));
        }
        return all;
    }

    private static List<TeamInput.Row> rows(List<String> date, List<String> from, List<String> to, List<String> place,
            List<String> kind) {
        int size = date == null ? 0 : date.size();
        List<TeamInput.Row> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            rows.add(new TeamInput.Row(at(date, i), at(from, i), at(to, i), at(place, i), at(kind, i)));
        }
        return rows;
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() ? values.get(i) : "";
    }
}
