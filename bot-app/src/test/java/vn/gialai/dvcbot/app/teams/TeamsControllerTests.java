package vn.gialai.dvcbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.gialai.dvcbot.app.security.StaffSecuritySlice.basic;

import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.gialai.dvcbot.app.security.StaffSecuritySlice;
import vn.gialai.dvcbot.core.handoff.Communes;

/**
 * The team schedules (JSON API and console form) on the web layer alone (MockMvc: no server, no Redis): the app's
 * real security and the real rule that a team leader edits only their own commune's team, teams in memory. What
 * citizens are then told, with Redis: TeamsIntegrationTests; in a browser: TeamScheduleBrowserIntegrationTests.
 */
@WebMvcTest({TeamsApiController.class, TeamsConsoleController.class})
@Import(StaffSecuritySlice.class)
class TeamsControllerTests {

    private static final String PLEIKU = StaffSecuritySlice.TEAM;
    private static final String AN_NHON = "21910";
    private static final String SATURDAY = "{\"date\":\"2026-12-12\",\"from\":\"07:30\",\"to\":\"11:00\","
            + "\"place\":\"Nhà văn hóa tổ 5\",\"kind\":\"Ngày thứ bảy tình nguyện\"}";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    InMemoryTeams teams;

    @BeforeEach
    void nobodySavedATeamYet() {
        teams.clear();
    }

    @Test
    void strangersAre401OnTheApiAndSentToTheLoginPageOnTheConsole() {
        assertThat(mvc.get().uri("/api/teams/" + PLEIKU).exchange()).hasStatus(401);
        assertThat(mvc.get().uri("/teams").exchange()).hasStatus(302).redirectedUrl().endsWith("/login");
    }

    @Test
    @WithMockUser(roles = {"VOLUNTEER", "EDITOR"})
    void volunteersAndEditorsAreRefused403() {
        assertThat(mvc.get().uri("/api/teams/" + PLEIKU).exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/teams/" + PLEIKU).exchange()).hasStatus(403);
    }

    @Test
    void aLeaderReadsAndSavesTheirOwnTeam() {
        assertThat(mvc.get().uri("/api/teams/" + PLEIKU).with(basic("doitruong")).exchange()).hasStatusOk()
                .bodyJson().extractingPath("$.name").isEqualTo("Đội thanh niên tình nguyện phường Pleiku");

        MvcTestResult saved = put(PLEIKU, body(0, SATURDAY), "doitruong");

        assertThat(saved).hasStatusOk().bodyJson().extractingPath("$.version").isEqualTo(1);
        assertThat(saved).bodyJson().extractingPath("$.updatedBy").isEqualTo("doitruong");
        assertThat(saved).bodyJson().extractingPath("$.sessions[0].place").isEqualTo("Nhà văn hóa tổ 5");
        assertThat(teams.find(PLEIKU).sessions()).hasSize(1);
    }

    @Test
    void aLeaderCannotReadOrChangeAnotherTeamButAnAdminMay() {
        assertThat(mvc.get().uri("/api/teams/" + AN_NHON).with(basic("doitruong")).exchange()).hasStatus(403)
                .bodyJson().extractingPath("$.error").isEqualTo("forbidden");
        assertThat(put(AN_NHON, body(0, SATURDAY), "doitruong")).hasStatus(403);
        assertThat(teams.find(AN_NHON).version()).isZero();
        assertThat(put(AN_NHON, body(0, SATURDAY), "quantri")).hasStatusOk();
    }

    @Test
    void anUnknownCommuneIs404() {
        assertThat(mvc.get().uri("/api/teams/99999").with(basic("quantri")).exchange()).hasStatus(404)
                .bodyJson().extractingPath("$.error").isEqualTo("unknown_team");
    }

    @Test
    void mistakesAre422InVietnameseAndAStaleVersionIs409() {
        String badDay = "{\"date\":\"12/12/2026\",\"from\":\"11:00\",\"to\":\"07:30\",\"place\":\"\",\"kind\":\"\"}";

        MvcTestResult wrong = put(PLEIKU, body(0, badDay), "doitruong");

        assertThat(wrong).hasStatus(422).bodyJson().extractingPath("$.problems").asArray().hasSize(4)
                .anySatisfy(p -> assertThat(p).asString().startsWith("Buổi thứ 1: ngày cần có dạng năm-tháng-ngày"))
                .anySatisfy(p -> assertThat(p).asString().contains("giờ kết thúc sau giờ bắt đầu"))
                .anySatisfy(p -> assertThat(p).asString().contains("cần nơi hỗ trợ"));
        put(PLEIKU, body(0, SATURDAY), "doitruong");
        assertThat(put(PLEIKU, body(0, SATURDAY), "doitruong")).hasStatus(409)
                .bodyJson().extractingPath("$.error").isEqualTo("conflict");
    }

    @Test
    void aBodyThatIsNotJsonOrHasNoBaseVersionIs400AndATeamWithoutANameIs422() {
        assertThat(put(PLEIKU, "not json", "doitruong")).hasStatus(400);
        assertThat(put(PLEIKU, "{}", "doitruong")).as("no baseVersion").hasStatus(400);
        assertThat(put(PLEIKU, "{\"baseVersion\":0}", "doitruong")).hasStatus(422);
        assertThat(teams.find(PLEIKU).version()).isZero();
    }

    @Test
    @WithUserDetails("doitruong")
    void theConsoleTakesALeaderToTheirTeamsFormAndRefusesAnother() {
        assertThat(mvc.get().uri("/teams").exchange()).hasRedirectedUrl("/teams/" + PLEIKU);
        assertThat(mvc.get().uri("/teams/" + PLEIKU).exchange()).hasStatusOk().hasViewName("teams/team").bodyText()
                .contains("Phường Pleiku · mã 23575", "Lịch hỗ trợ bà con");
        assertThat(mvc.get().uri("/teams/" + AN_NHON).exchange()).hasStatus(403).bodyText()
                .contains("Không sửa được đội này");
        assertThat(form(AN_NHON, "2026-12-12", "Nhà văn hóa").with(csrf()).exchange()).hasStatus(403);
        assertThat(teams.find(AN_NHON).version()).isZero();
    }

    @Test
    @WithUserDetails("doitruong")
    void theConsoleFormSavesAndExplainsMistakes() {
        assertThat(form(PLEIKU, "2026-12-12", "Nhà văn hóa tổ 5").with(csrf()).exchange())
                .hasRedirectedUrl("/teams/" + PLEIKU).flash().containsKey("done");
        assertThat(teams.find(PLEIKU).version()).isEqualTo(1);

        assertThat(form(PLEIKU, "12/12/2026", "Nhà văn hóa tổ 5").with(csrf()).param("baseVersion", "1").exchange())
                .hasStatus(422).bodyText().contains("Buổi thứ 1: ngày cần có dạng năm-tháng-ngày");
        assertThat(form(PLEIKU, "2026-12-19", "Sân UBND").exchange()).as("without the CSRF token").hasStatus(403);
        assertThat(teams.find(PLEIKU).version()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("quantri")
    void anAdminSeesEveryTeam() {
        assertThat(mvc.get().uri("/teams").exchange()).hasStatusOk().hasViewName("teams/list").bodyText()
                .contains("Phường Pleiku", "Phường An Nhơn");
    }

    private static String body(int baseVersion, String session) {
        return "{\"name\":\"Đội Pleiku\",\"leader\":\"Bạn doitruong\",\"members\":[{\"name\":\"Lan\",\"phone\":\"0905000001\"}],"
                + "\"sessions\":[" + session + "],\"baseVersion\":" + baseVersion + "}";
    }

    private MvcTestResult put(String code, String json, String username) {
        return mvc.put().uri("/api/teams/" + code).contentType(MediaType.APPLICATION_JSON).content(json)
                .with(basic(username)).exchange();
    }

    private MockMvcTester.MockMvcRequestBuilder form(String code, String date, String place) {
        return mvc.post().uri("/teams/" + code).param("name", "Đội Pleiku").param("members", "Lan - 0905000001")
                .param("date", date).param("from", "07:30").param("to", "11:00").param("place", place)
                .param("kind", "Ngày thứ bảy tình nguyện");
    }

    /** The commune list and the teams in memory. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Schedules {

        @Bean
        Communes communes() {
            return Communes.bundled();
        }

        @Bean
        InMemoryTeams teams(Communes communes, Clock clock) {
            return new InMemoryTeams(communes, clock);
        }
    }
}
