package vn.gialai.dvcbot.app.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.gialai.dvcbot.app.security.StaffSecuritySlice;
import vn.gialai.dvcbot.core.handoff.Communes;

/**
 * The admin page for staff accounts on the web layer alone (MockMvc: no server, no Redis): the app's real security
 * (login redirect, roles, CSRF), the real page and form rules, accounts in memory. Signing in with a changed
 * account through the login page: SecurityIntegrationTests.
 */
@WebMvcTest(AdminUsersController.class)
@Import(StaffSecuritySlice.class)
class AdminUsersControllerTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    InMemoryStaffAccounts accounts;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void strangersAreSentToTheLoginPage() {
        assertThat(mvc.get().uri("/admin/users").exchange()).hasStatus(302).redirectedUrl().endsWith("/login");
    }

    @Test
    @WithMockUser(roles = {"VOLUNTEER", "EDITOR", "TEAM_LEADER"})
    void everyoneButAdminsIsRefused403() {
        assertThat(mvc.get().uri("/admin/users").exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/admin/users").with(csrf()).param("username", "hacker").param("password", "12345678")
                .param("roles", "ADMIN").exchange()).hasStatus(403);
        assertThat(accounts.find("hacker")).isEmpty();
    }

    @Test
    @WithUserDetails("quantri")
    void anAdminSeesEveryAccountWithItsRolesAndTeamInVietnamese() {
        assertThat(mvc.get().uri("/admin/users").exchange()).hasStatusOk().hasViewName("admin/users").bodyText()
                .contains("lan", "Tình nguyện viên", "Phường Pleiku", "Biên tập viên", "Đang dùng", "Bạn quantri");
    }

    @Test
    @WithUserDetails("quantri")
    void anAdminAddsAnAccountWithAnEncodedPassword() {
        MvcTestResult created = create("hoa.nguyen", "mat-khau-dai", "VOLUNTEER", "23575");

        assertThat(created).hasStatus(302).hasRedirectedUrl("/admin/users").flash()
                .containsEntry("done", "Đã tạo tài khoản hoa.nguyen.");
        StaffAccount hoa = accounts.find("hoa.nguyen").orElseThrow();
        assertThat(hoa.roles()).containsExactly(Role.VOLUNTEER);
        assertThat(hoa.team()).isEqualTo("23575");
        assertThat(encoder.matches("mat-khau-dai", hoa.passwordHash())).isTrue();
    }

    @Test
    @WithUserDetails("quantri")
    void aFormWithoutTheCsrfTokenIsRefused() {
        assertThat(mvc.post().uri("/admin/users").param("username", "khongtoken").param("password", "mat-khau-dai")
                .param("roles", "VOLUNTEER").exchange()).hasStatus(403);
        assertThat(accounts.find("khongtoken")).isEmpty();
    }

    @Test
    @WithUserDetails("quantri")
    void aBadNameShortPasswordNoRoleOrUnknownTeamIsExplainedAndNothingIsCreated() {
        assertThat(create("Nguyễn Hoa", "mat-khau-dai", "VOLUNTEER", "")).flash().containsEntry("problem",
                "Tên đăng nhập cần 3–40 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.");
        assertThat(create("hoa2", "ngan", "VOLUNTEER", "")).flash().containsEntry("problem",
                "Mật khẩu cần ít nhất 8 ký tự.");
        assertThat(create("hoa3", "mat-khau-dai", null, "")).flash().containsEntry("problem", "Chọn ít nhất một vai trò.");
        assertThat(create("hoa4", "mat-khau-dai", "TEAM_LEADER", "")).flash().containsEntry("problem",
                "Đội trưởng cần được gắn với đội (xã, phường) của mình.");
        assertThat(create("hoa5", "mat-khau-dai", "VOLUNTEER", "99999")).flash().containsEntry("problem",
                "Đội (xã, phường) không có trong danh sách.");
        assertThat(create("lan", "mat-khau-dai", "VOLUNTEER", "")).flash().containsEntry("problem",
                "Tên đăng nhập lan đã có người dùng.");
        assertThat(accounts.all()).extracting(StaffAccount::username).doesNotContain("hoa2", "hoa3", "hoa4", "hoa5");
    }

    @Test
    @WithUserDetails("quantri")
    void aRoleThatDoesNotExistIs400() {
        assertThat(create("hoa6", "mat-khau-dai", "KING", "")).hasStatus(400);
        assertThat(accounts.find("hoa6")).isEmpty();
    }

    @Test
    @WithUserDetails("quantri")
    void anAdminDisablesAnAccountAndResetsItsPassword() {
        accounts.create(new StaffAccount("tam", "Tâm", encoder.encode("cu-mat-khau"), Set.of(Role.VOLUNTEER), null,
                true, false, StaffSecuritySlice.NOW, StaffSecuritySlice.NOW));

        assertThat(mvc.post().uri("/admin/users/tam").with(csrf()).param("displayName", "Tâm Trần")
                .param("roles", "VOLUNTEER").param("newPassword", "mat-khau-moi").exchange())
                .hasRedirectedUrl("/admin/users").flash().containsEntry("done", "Đã lưu tài khoản tam.");

        StaffAccount tam = accounts.find("tam").orElseThrow();
        assertThat(tam.enabled()).isFalse();
        assertThat(tam.displayName()).isEqualTo("Tâm Trần");
        assertThat(encoder.matches("mat-khau-moi", tam.passwordHash())).isTrue();
    }

    @Test
    @WithUserDetails("quantri")
    void anAdminCannotLockThemselvesOutAndAnUnknownAccountIsSaid() {
        assertThat(mvc.post().uri("/admin/users/quantri").with(csrf()).param("roles", "VOLUNTEER")
                .param("enabled", "true").exchange()).hasRedirectedUrl("/admin/users/quantri").flash()
                .containsEntry("problem", "Bạn không thể tự khóa hay bỏ quyền quản trị của mình.");
        assertThat(accounts.find("quantri").orElseThrow().roles()).containsExactly(Role.ADMIN);

        assertThat(mvc.post().uri("/admin/users/nobody").with(csrf()).param("roles", "VOLUNTEER").exchange())
                .hasRedirectedUrl("/admin/users").flash().containsEntry("problem", "Không có tài khoản nobody.");
        assertThat(mvc.get().uri("/admin/users/nobody").exchange()).hasRedirectedUrl("/admin/users");
    }

    private MvcTestResult create(String username, String password, String role, String team) {
        var form = mvc.post().uri("/admin/users").with(csrf()).param("username", username).param("password", password)
                .param("team", team);
        return (role == null ? form : form.param("roles", role)).exchange();
    }

    /** The commune list the team field offers. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Teams {
        @Bean
        Communes communes() {
            return Communes.bundled();
        }
    }
}
