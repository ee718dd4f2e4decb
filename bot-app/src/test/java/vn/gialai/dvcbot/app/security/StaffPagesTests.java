package vn.gialai.dvcbot.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.gialai.dvcbot.app.staff.InMemoryStaffAccounts;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.app.staff.StaffAccount;

/**
 * The login page and where each role lands, on the web layer alone (MockMvc: no server, no Redis): the app's real
 * form login, CSRF, headers and login throttling, accounts and failure counts in memory. Throttling counted in
 * Redis and sign-in over HTTP: SecurityIntegrationTests.
 */
@WebMvcTest(StaffPages.class)
@Import(StaffSecuritySlice.class)
class StaffPagesTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    InMemoryStaffAccounts accounts;

    @Test
    void theLoginPageIsPublicInVietnameseAndCannotBeFramed() {
        MvcTestResult login = mvc.get().uri("/login").exchange();

        assertThat(login).hasStatusOk().hasHeader("X-Frame-Options", "DENY").hasHeader("X-Content-Type-Options", "nosniff")
                .bodyText().contains("Đăng nhập");
        assertThat(login.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'",
                "frame-ancestors 'none'");
    }

    @Test
    void theRightPasswordSignsInAndAWrongOneGoesBackToTheLoginPage() {
        assertThat(signIn("lan", "lan-pw")).hasStatus(302).redirectedUrl().endsWith("/staff");
        assertThat(signIn("lan", "sai-mat-khau")).hasRedirectedUrl("/login?error");
        assertThat(signIn("nobody", "sai-mat-khau")).as("an unknown name looks the same").hasRedirectedUrl("/login?error");
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        assertThat(mvc.post().uri("/login").param("username", "lan").param("password", "lan-pw").exchange())
                .hasStatus(403);
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        accounts.create(new StaffAccount("khoa", "Khóa", new BCryptPasswordEncoder(4).encode("khoa-pw"),
                Set.of(Role.VOLUNTEER), null, false, false, StaffSecuritySlice.NOW, StaffSecuritySlice.NOW));

        assertThat(signIn("khoa", "khoa-pw")).hasRedirectedUrl("/login?disabled");
    }

    @Test
    void tenFailedSignInsLockTheNameEvenWithTheRightPassword() {
        for (int i = 0; i < 10; i++) {
            assertThat(signIn("minh", "doan-" + i)).hasRedirectedUrl("/login?error");
        }

        assertThat(signIn("minh", "minh-pw")).hasRedirectedUrl("/login?locked");
    }

    @Test
    void strangersAreSentToTheLoginPage() {
        assertThat(mvc.get().uri("/staff").exchange()).hasStatus(302).redirectedUrl().endsWith("/login");
    }

    @Test
    @WithUserDetails("quantri")
    void anAdminLandsOnTheAccounts() {
        assertThat(mvc.get().uri("/staff").exchange()).hasRedirectedUrl("/admin/users");
    }

    @Test
    @WithUserDetails("lan")
    void aVolunteerLandsOnTheConsole() {
        assertThat(mvc.get().uri("/staff").exchange()).hasRedirectedUrl("/console");
    }

    @Test
    @WithUserDetails("doitruong")
    void aTeamLeaderLandsOnTheConsole() {
        assertThat(mvc.get().uri("/staff").exchange()).hasRedirectedUrl("/console");
    }

    @Test
    @WithUserDetails("bientap")
    void anEditorLandsOnTheEditor() {
        assertThat(mvc.get().uri("/staff").exchange()).hasRedirectedUrl("/editor");
    }

    private MvcTestResult signIn(String username, String password) {
        return mvc.post().uri("/login").with(csrf()).param("username", username).param("password", password).exchange();
    }
}
