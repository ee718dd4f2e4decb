package vn.gialai.dvcbot.app.teams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.gialai.dvcbot.app.security.StaffUser;
import vn.gialai.dvcbot.core.handoff.Communes;

/**
 * {@code GET/PUT /api/teams/{code}}: a team with its members and sessions. A team leader reads and changes only
 * their own team (403 for another), an admin every team. A save names the version it was based on.
 */
@RestController
class TeamsApiController {

    private final Teams teams;
    private final Communes communes;

    TeamsApiController(Teams teams, Communes communes) {
        this.teams = teams;
        this.communes = communes;
    }

    @GetMapping("/api/teams/{code}")
    ResponseEntity<Object> team(@PathVariable String code, @AuthenticationPrincipal StaffUser user) {
        return guarded(code, user).orElseGet(() -> ResponseEntity.ok(TeamJson.of(teams.find(code))));
    }

    @PutMapping("/api/teams/{code}")
    ResponseEntity<Object> save(@PathVariable String code, @RequestBody TeamBody body,
            @AuthenticationPrincipal StaffUser user) {
        var refused = guarded(code, user);
        if (refused.isPresent()) {
            return refused.get();
        }
        TeamInput input = new TeamInput(body.name(), body.rows(), body.members() == null ? List.of() : body.members());
        if (!input.problems().isEmpty()) {
            return ResponseEntity.unprocessableEntity().body(Map.of("error", "invalid", "problems", input.problems()));
        }
        try {
            Team saved = teams.save(new Team(code, body.name().strip(), blankToNull(body.leader()), input.members(),
                    input.sessions(), body.baseVersion(), null, null), user.getUsername());
            return ResponseEntity.ok(TeamJson.of(saved));
        } catch (Teams.TeamConflict e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "conflict",
                    "message", "Đội này vừa được người khác lưu; hãy tải lại rồi sửa tiếp."));
        }
    }

    private java.util.Optional<ResponseEntity<Object>> guarded(String code, StaffUser user) {
        if (communes.byCode(code).isEmpty()) {
            return java.util.Optional.of(ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Map.of("error", "unknown_team", "message", "Không có xã, phường nào mã " + code + ".")));
        }
        if (!TeamAccess.mayEdit(user, code)) {
            return java.util.Optional.of(ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", "forbidden",
                    "message", "Đội trưởng chỉ sửa được đội của xã, phường mình.")));
        }
        return java.util.Optional.empty();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A save: the team's fields and the version it was based on (0 for a team nobody saved yet). */
    record TeamBody(String name, String leader, List<Team.Member> members, List<TeamInput.Row> sessions,
            int baseVersion) {

        List<TeamInput.Row> rows() {
            return sessions == null ? List.of() : sessions;
        }
    }

    /** The team as JSON. */
    static final class TeamJson {

        private TeamJson() {
        }

        static Map<String, Object> of(Team team) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("code", team.code());
            json.put("name", team.name());
            json.put("leader", team.leader());
            json.put("members", team.members());
            List<Map<String, Object>> sessions = new ArrayList<>();
            team.sessions().forEach(s -> sessions.add(Map.of("date", s.date().toString(), "from", s.from().toString(),
                    "to", s.to().toString(), "place", s.place(), "kind", s.kind())));
            json.put("sessions", sessions);
            json.put("version", team.version());
            json.put("updatedBy", team.updatedBy());
            json.put("updatedAt", team.updatedAt() == null ? null : team.updatedAt().toString());
            return json;
        }
    }
}
