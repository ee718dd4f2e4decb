package vn.gialai.dvcbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.app.staff.StaffAccounts;
import vn.gialai.dvcbot.core.handoff.VolunteerSchedule;
import vn.gialai.dvcbot.testing.DvcBotIntegrationTest;
import vn.gialai.dvcbot.testing.Http;
import vn.gialai.dvcbot.testing.StaffFixtures;

/**
 * A team leader's saved days reach citizens' answers, the public API and the handoff's volunteer hours. Who may
 * edit which team, the form and the API's answers to mistakes are shown on the web layer alone in
 * TeamsControllerTests.
 */
@DvcBotIntegrationTest
class TeamsIntegrationTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String TUY_PHUOC = "21952";
    private static final String PLEIKU = "23575";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    VolunteerSchedule schedule;
    private Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        StaffFixtures.ensure(accounts, encoder, "truong-tp", Role.TEAM_LEADER, TUY_PHUOC);
        StaffFixtures.ensure(accounts, encoder, "quan-tri", Role.ADMIN, null);
    }

    @Test
    void aLeaderSavesTheirTeamsDayAndCitizensAndTheApiSeeIt() {
        LocalDate saturday = LocalDate.now(ZONE).plusDays(3);
        Http.Response saved = http.put("/api/teams/" + TUY_PHUOC, body(0, saturday, "07:30", "11:00"),
                StaffFixtures.basic("truong-tp"));

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("version").asInt()).isEqualTo(1);
        assertThat(saved.json().get("updatedBy").asString()).isEqualTo("truong-tp");

        String session = http.post("/api/webchat/sessions", "").json().get("sessionId").asString();
        JsonNode reply = http.post("/api/webchat/sessions/" + session + "/messages",
                Http.json(Map.of("text", "thứ bảy này ở xã Tuy Phước có ai hỗ trợ không"))).json().get("replies").get(0);
        assertThat(reply.get("text").asString()).contains("Đội thanh niên tình nguyện xã Tuy Phước")
                .contains("Ngày thứ bảy tình nguyện").contains("07:30–11:00 tại Nhà văn hóa thôn 3");

        JsonNode team = http.get("/api/communes/" + TUY_PHUOC).json().get("team");
        assertThat(team.get("nextSessions").get(0).get("date").asString()).isEqualTo(saturday.toString());
        assertThat(team.get("nextSessions").get(0).get("from").asString()).isEqualTo("07:30");
        assertThat(team.get("nextSessions").get(0).get("place").asString()).isEqualTo("Nhà văn hóa thôn 3");
    }

    @Test
    void aTeamsSessionPutsVolunteersOnDutyForItsCommune() {
        LocalDate day = LocalDate.now(ZONE).plusDays(4);
        http.put("/api/teams/" + PLEIKU, body(0, day, "19:00", "21:00"), StaffFixtures.basic("quan-tri"));

        var during = day.atTime(20, 0).atZone(ZONE).toInstant();
        var after = day.atTime(22, 0).atZone(ZONE).toInstant();
        var evening = day.atTime(18, 0).atZone(ZONE).toInstant();

        assertThat(schedule.offDuty("Phường Pleiku", during).off()).isFalse();
        assertThat(schedule.offDuty("Phường Quy Nhơn", during).off()).isTrue();
        assertThat(schedule.offDuty("Phường Pleiku", after).off()).isTrue();
        assertThat(schedule.offDuty("Phường Pleiku", evening).next()).hasValueSatisfying(next ->
                assertThat(next.toLocalTime()).hasToString("19:00"));
    }

    private static String body(int baseVersion, LocalDate day, String from, String to) {
        return Http.json(Map.of("name", "Đội thanh niên tình nguyện xã Tuy Phước", "leader", "Nguyễn Văn An",
                "members", List.of(Map.of("name", "Trần Thị Bình", "phone", "0905123456")),
                "sessions", List.of(Map.of("date", day.toString(), "from", from, "to", to,
                        "place", "Nhà văn hóa thôn 3", "kind", "Ngày thứ bảy tình nguyện")),
                "baseVersion", baseVersion));
    }
}
