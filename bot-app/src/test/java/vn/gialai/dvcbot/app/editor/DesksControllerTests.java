package vn.gialai.dvcbot.app.editor;

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
import vn.gialai.dvcbot.kb.communes.CommuneData;
import vn.gialai.dvcbot.kb.communes.CommuneDataLoader;
import vn.gialai.dvcbot.kb.communes.CommuneDirectory;

/**
 * The one-stop desks (JSON API and editor form) on the web layer alone (MockMvc: no server, no Redis): the app's
 * real security and desk rules on the bundled commune data, the versions in memory. What citizens are then told,
 * with Redis: DeskEditingIntegrationTests.
 */
@WebMvcTest({DesksApiController.class, DeskEditorController.class})
@Import(StaffSecuritySlice.class)
class DesksControllerTests {

    private static final Communes COMMUNES = Communes.bundled();
    private static final CommuneData DATA = new CommuneDataLoader(COMMUNES).loadBundled().data();
    private static final String QUY_NHON_NAM = "21592";
    private static final String XUAN_AN = "21892";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    InMemoryDeskRecords records;

    @BeforeEach
    void bundledDesksLive() {
        records.reset(DATA.desks().values());
    }

    @Test
    void strangersAre401OnTheApiAndSentToTheLoginPageOnTheForm() {
        assertThat(mvc.get().uri("/api/kb/desks/" + QUY_NHON_NAM).exchange()).hasStatus(401);
        assertThat(mvc.get().uri("/editor/desks").exchange()).hasStatus(302).redirectedUrl().endsWith("/login");
    }

    @Test
    @WithMockUser(roles = {"VOLUNTEER", "TEAM_LEADER"})
    void volunteersCannotChangeADesk() {
        var before = records.status(XUAN_AN);

        assertThat(mvc.put().uri("/api/kb/desks/" + XUAN_AN).contentType(MediaType.APPLICATION_JSON)
                .content(desk(0, "Xã Xuân An")).exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/editor/desks").exchange()).hasStatus(403);
        assertThat(records.status(XUAN_AN)).isEqualTo(before);
    }

    @Test
    void aSaveIsADraftUntilPublishedAndAStaleSaveIs409() {
        int base = records.status(XUAN_AN).map(s -> s.latestVersion()).orElse(0);

        MvcTestResult draft = put(XUAN_AN, desk(base, "Số 1 Trần Phú, xã Xuân An"));

        assertThat(draft).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("draft");
        assertThat(draft).bodyJson().extractingPath("$.author").isEqualTo("bientap");
        assertThat(put(XUAN_AN, desk(base, "Xã Xuân An 2"))).hasStatus(409).bodyJson()
                .extractingPath("$.latestVersion").isEqualTo(base + 1);
        assertThat(mvc.post().uri("/api/kb/desks/" + XUAN_AN + "/publish").with(basic("bientap")).exchange())
                .hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("published");
        assertThat(records.live(XUAN_AN).orElseThrow().address()).isEqualTo("Số 1 Trần Phú, xã Xuân An");
    }

    @Test
    void aRecordWithoutASourceIs422InVietnameseAndAnUnknownCommune404() {
        MvcTestResult noSource = put(XUAN_AN, "{\"address\":\"Đâu đó\",\"reviewed\":\"2026-12-01\",\"baseVersion\":1}");

        assertThat(noSource).hasStatus(422).bodyJson().extractingPath("$.problems.sources").asString()
                .contains("cần ít nhất một nguồn");
        assertThat(put("99999", desk(0, "Không có"))).hasStatus(404);
        assertThat(mvc.get().uri("/api/kb/desks/99999").with(basic("bientap")).exchange()).hasStatus(404);
        assertThat(put(XUAN_AN, "not json")).hasStatus(400);
    }

    @Test
    @WithUserDetails("bientap")
    void theFormShowsTheBundledDeskAndSavesADraft() {
        assertThat(mvc.get().uri("/editor/desks").exchange()).hasStatusOk().bodyText()
                .contains("Phường Quy Nhơn Nam", "Đang dùng bản 1");
        assertThat(mvc.get().uri("/editor/desks/" + QUY_NHON_NAM).exchange()).hasStatusOk().bodyText()
                .contains("146 Cần Vương", "Báo Gia Lai");

        assertThat(form(QUY_NHON_NAM, "Báo Gia Lai | https://baogialai.com.vn/a.html").with(csrf()).exchange())
                .hasRedirectedUrl("/editor/desks/" + QUY_NHON_NAM).flash().containsKey("done");
        assertThat(mvc.get().uri("/editor/desks/" + QUY_NHON_NAM).exchange()).bodyText()
                .contains("Bản nháp <span>2</span> chưa xuất bản");
    }

    @Test
    @WithUserDetails("bientap")
    void theFormExplainsAMissingSourceAndRefusesAPostWithoutTheCsrfToken() {
        assertThat(form(QUY_NHON_NAM, "").with(csrf()).exchange()).hasStatus(422).bodyText()
                .contains("cần ít nhất một nguồn");
        assertThat(form(QUY_NHON_NAM, "Báo Gia Lai | https://baogialai.com.vn/a.html").exchange()).hasStatus(403);
        assertThat(records.status(QUY_NHON_NAM).orElseThrow().latestVersion()).isEqualTo(1);
    }

    private MvcTestResult put(String code, String json) {
        return mvc.put().uri("/api/kb/desks/" + code).contentType(MediaType.APPLICATION_JSON).content(json)
                .with(basic("bientap")).exchange();
    }

    private MockMvcTester.MockMvcRequestBuilder form(String code, String sources) {
        return mvc.post().uri("/editor/desks/" + code).param("baseVersion", "1")
                .param("address", "146 Cần Vương, phường Quy Nhơn Nam").param("hours", "").param("phone", "")
                .param("mapUrl", "").param("sources", sources).param("reviewed", "2026-12-04");
    }

    private static String desk(int baseVersion, String address) {
        return "{\"address\":\"" + address + "\",\"hours\":\"Thứ Hai – Thứ Sáu 7:00–11:30, 13:30–17:00\","
                + "\"sources\":[{\"title\":\"Thông báo của UBND xã\",\"url\":\"https://example.gov.vn/thong-bao\"}],"
                + "\"reviewed\":\"2026-12-04\",\"baseVersion\":" + baseVersion + "}";
    }

    /** The bundled commune data; desk versions in memory. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Desks {

        @Bean
        CommuneDirectory communeDirectory() {
            return new CommuneDirectory(COMMUNES, DATA);
        }

        @Bean
        InMemoryDeskRecords deskRecords(Clock clock) {
            return new InMemoryDeskRecords(clock);
        }
    }
}
