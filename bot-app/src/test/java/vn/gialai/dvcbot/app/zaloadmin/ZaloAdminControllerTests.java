package vn.gialai.dvcbot.app.zaloadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.gialai.dvcbot.app.security.StaffSecuritySlice.basic;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.gialai.dvcbot.app.security.StaffSecuritySlice;
import vn.gialai.dvcbot.channels.zalo.ZaloAccount;
import vn.gialai.dvcbot.channels.zalo.ZaloAdministration;
import vn.gialai.dvcbot.channels.zalo.ZaloTokenStatus;
import vn.gialai.dvcbot.core.handoff.HandoffSettings;

/**
 * The Zalo admin page and its JSON API on the web layer alone (MockMvc: no server, no Redis, no Zalo): the app's
 * real security and the real checks of what an admin pasted, with the channel's token administration and Zalo's
 * answers standing in. Against a stubbed Zalo: ZaloAdminIntegrationTests.
 */
@WebMvcTest({ZaloAdminController.class, ZaloAdminApi.class})
@Import(StaffSecuritySlice.class)
class ZaloAdminControllerTests {

    private static final String TOKEN = "Zx9-rT_4.kLmN0pQ~r+s/tUvW=xYz12345";
    private static final ZaloTokenStatus WORKING = new ZaloTokenStatus(true,
            Instant.parse("2026-12-06T01:00:00Z"), StaffSecuritySlice.NOW, null, null, false);
    private static final ZaloTokenStatus REFUSED = new ZaloTokenStatus(false, null, StaffSecuritySlice.NOW,
            "-14014: Refresh token is invalid", StaffSecuritySlice.NOW, true);

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    ZaloAdministration zalo;
    @MockitoBean
    ZaloAccount oa;

    @BeforeEach
    void channelWorks() {
        when(zalo.status()).thenReturn(WORKING);
        when(oa.profile()).thenReturn(new ZaloAccount.Reading(true, Map.of("name", "Dịch vụ công Gia Lai",
                "oaId", "3662729599332560487", "verified", "true"), null));
    }

    @Test
    void strangersAreSentToTheLoginPageAndTheApiAnswers401() {
        assertThat(mvc.get().uri("/admin/zalo").exchange()).hasStatus(302).redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/api/admin/zalo/status").exchange()).hasStatus(401);
    }

    @Test
    @WithMockUser(roles = {"VOLUNTEER", "EDITOR", "TEAM_LEADER"})
    void everyoneButAdminsIsRefused403AndNoTokenIsReplaced() {
        assertThat(mvc.get().uri("/admin/zalo").exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/admin/zalo/refresh-token").with(csrf()).param("refreshToken", TOKEN).exchange())
                .hasStatus(403);
        assertThat(mvc.post().uri("/api/admin/zalo/refresh-token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"refreshToken\":\"" + TOKEN + "\"}").exchange()).hasStatus(403);
        verify(zalo, never()).replaceRefreshToken(anyString());
    }

    @Test
    @WithUserDetails("quantri")
    void thePageSaysInVietnameseThatTheChannelWorksAndShowsTheOa() {
        assertThat(mvc.get().uri("/admin/zalo").exchange()).hasStatusOk().hasViewName("admin/zalo").bodyText()
                .contains("Kênh Zalo đang hoạt động", "Dịch vụ công Gia Lai", "3662729599332560487");
    }

    @Test
    @WithUserDetails("quantri")
    void aRefusedTokenIsShownWithZalosWordsAndWhatToDo() {
        when(zalo.status()).thenReturn(REFUSED);

        assertThat(mvc.get().uri("/admin/zalo").exchange()).hasStatusOk().bodyText()
                .contains("Kênh Zalo đang gặp sự cố", "-14014: Refresh token is invalid",
                        "Zalo đã từ chối refresh token hiện tại.");
    }

    @Test
    @WithUserDetails("quantri")
    void aPastedTokenIsStrippedAndSentToZaloAndTheOutcomeIsShown() {
        when(zalo.replaceRefreshToken(TOKEN)).thenReturn(WORKING);

        assertThat(mvc.post().uri("/admin/zalo/refresh-token").with(csrf()).param("refreshToken", "  " + TOKEN + "\n")
                .exchange()).hasRedirectedUrl("/admin/zalo").flash()
                .containsEntry("success", "Đã làm mới token thành công. Kênh Zalo hoạt động bình thường.");
        verify(zalo).replaceRefreshToken(TOKEN);
    }

    @Test
    @WithUserDetails("quantri")
    void somethingThatIsNotATokenIsExplainedAndNeverSentToZalo() {
        for (String pasted : new String[] {"", "   ", "\"" + TOKEN + "\"", "short", TOKEN + " extra"}) {
            assertThat(mvc.post().uri("/admin/zalo/refresh-token").with(csrf()).param("refreshToken", pasted)
                    .exchange()).as(pasted).hasRedirectedUrl("/admin/zalo").flash().containsKey("error");
        }
        verify(zalo, never()).replaceRefreshToken(anyString());
    }

    @Test
    @WithUserDetails("quantri")
    void aFormWithoutTheCsrfTokenIsRefused() {
        assertThat(mvc.post().uri("/admin/zalo/refresh-token").param("refreshToken", TOKEN).exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/admin/zalo/retry").exchange()).hasStatus(403);
        verify(zalo, never()).replaceRefreshToken(anyString());
        verify(zalo, never()).retryRefresh();
    }

    @Test
    @WithUserDetails("quantri")
    void aRetryThatZaloRefusesSaysWhy() {
        when(zalo.retryRefresh()).thenReturn(REFUSED);

        assertThat(mvc.post().uri("/admin/zalo/retry").with(csrf()).exchange()).hasRedirectedUrl("/admin/zalo")
                .flash().containsEntry("error", "Chưa làm mới được token. Zalo trả lời: -14014: Refresh token is invalid");
    }

    @Test
    @WithUserDetails("quantri")
    void aUsersFreeRepliesAreAskedOnlyForAUserIdOfDigits() {
        when(oa.quota("6142494823123456789")).thenReturn(new ZaloAccount.Reading(true,
                Map.of("freeRepliesRemaining", "6", "freeRepliesTotal", "8"), null));

        assertThat(mvc.post().uri("/admin/zalo/quota").with(csrf()).param("userId", " 6142494823123456789 ").exchange())
                .flash().containsEntry("success", "Theo Zalo, người dùng 6142494823123456789 còn 6/8 tin tư vấn miễn phí.");
        assertThat(mvc.post().uri("/admin/zalo/quota").with(csrf()).param("userId", "abc; drop").exchange())
                .flash().containsKey("error");
        verify(oa, never()).quota("abc; drop");
    }

    @Test
    void theApiReadsTheStatusAndReplacesAToken() {
        when(zalo.replaceRefreshToken(TOKEN)).thenReturn(WORKING);

        assertThat(mvc.get().uri("/api/admin/zalo/status").with(basic("quantri")).exchange()).hasStatusOk()
                .bodyJson().extractingPath("$.working").isEqualTo(true);
        assertThat(mvc.post().uri("/api/admin/zalo/refresh-token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"refreshToken\":\"" + TOKEN + "\"}").with(basic("quantri")).exchange()).hasStatusOk()
                .bodyJson().extractingPath("$.working").isEqualTo(true);
    }

    @Test
    void theApiRefusesWhatIsNotATokenWith400AndAClearMessage() {
        assertThat(postToken("{\"refreshToken\":\"  \"}")).hasStatus(400).bodyJson().extractingPath("$.message")
                .asString().contains("dán refresh token");
        assertThat(postToken("{\"refreshToken\":\"\\\"abc def\\\" ghi jkl mno pqr\"}")).hasStatus(400).bodyJson()
                .extractingPath("$.message").asString().contains("không giống refresh token");
        for (String body : new String[] {"{}", "{\"refreshToken\":\"short\"}", "", "{\"refreshToken\": "}) {
            assertThat(postToken(body)).as(body).hasStatus(400);
        }
        verify(zalo, never()).replaceRefreshToken(any());
    }

    private MvcTestResult postToken(String json) {
        return mvc.post().uri("/api/admin/zalo/refresh-token").contentType(MediaType.APPLICATION_JSON).content(json)
                .with(basic("quantri")).exchange();
    }

    /** The province's zone for the page's times, as the app binds it. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(HandoffSettings.class)
    static class ProvinceZone {
    }
}
