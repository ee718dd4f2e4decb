package vn.gialai.dvcbot.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.app.staff.StaffAccounts;
import vn.gialai.dvcbot.testing.DvcBotIntegrationTest;
import vn.gialai.dvcbot.testing.Http;
import vn.gialai.dvcbot.testing.StaffFixtures;

/**
 * Sign-in with a session, accounts in Redis, headers and throttling counted in Redis, as a browser and an attacker
 * would meet them. The login page, landing, CSRF and login redirects on the web layer alone: StaffPagesTests and each
 * staff controller's slice.
 */
@DvcBotIntegrationTest
class SecurityIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void accounts() {
        StaffFixtures.ensure(accounts, encoder, "tuan", Role.VOLUNTEER, null);
        StaffFixtures.ensure(accounts, encoder, "chihuong", Role.ADMIN, null);
        StaffFixtures.ensure(accounts, encoder, "doanvien", Role.VOLUNTEER, null);
    }

    @Test
    void aVolunteerSignsInToTheConsoleAndIsRefusedTheAdminPages() {
        Http browser = signedIn("tuan");

        assertThat(browser.get("/console").status()).isEqualTo(200);
        assertThat(browser.get("/admin/users").status()).isEqualTo(403);
        assertThat(browser.get("/editor").status()).isEqualTo(403);
    }

    @Test
    void anAdminAddsAndDisablesAnAccountAndTheDisabledOneCannotSignIn() {
        Http admin = signedIn("chihuong");
        String token = Http.csrfToken(admin.get("/admin/users").body());

        Http.Response created = admin.postForm("/admin/users", Map.of("_csrf", token, "username", "thao",
                "displayName", "Thảo", "password", "mat-khau-dai", "roles", "VOLUNTEER", "team", "23575"));
        assertThat(created.status()).isEqualTo(302);
        assertThat(accounts.find("thao")).hasValueSatisfying(a -> {
            assertThat(a.team()).isEqualTo("23575");
            assertThat(encoder.matches("mat-khau-dai", a.passwordHash())).isTrue();
        });
        assertThat(new Http(port).get("/api/handoff/tickets", Http.basic("thao", "mat-khau-dai")).status())
                .isEqualTo(200);

        admin.postForm("/admin/users/thao", Map.of("_csrf", token, "displayName", "Thảo", "roles", "VOLUNTEER",
                "team", "23575"));

        assertThat(accounts.find("thao").orElseThrow().enabled()).isFalse();
        assertThat(new Http(port).get("/api/handoff/tickets", Http.basic("thao", "mat-khau-dai")).status())
                .isEqualTo(401);
    }

    @Test
    void repeatedFailedLoginsLockTheNameForAWhileEvenWithTheRightPassword() {
        Http http = new Http(port);
        for (int i = 0; i < 10; i++) {
            assertThat(http.get("/api/handoff/tickets", Http.basic("doanvien", "doan-" + i)).status()).isEqualTo(401);
        }

        Http.Response locked = http.get("/api/handoff/tickets", Http.basic("doanvien", "doanvien-pw"));

        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.json().get("message").asString()).contains("quá nhiều lần");
    }

    @Test
    void staffPagesCarryStrictHeadersAndTheChatPageMayBeFramedByThePortal() {
        Http http = new Http(port);

        Http.Response login = http.get("/login");
        Http.Response chat = http.get("/");

        assertThat(login.headers().get("x-frame-options")).containsExactly("DENY");
        assertThat(login.headers().get("content-security-policy")).singleElement()
                .satisfies(csp -> assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(login.headers().get("x-content-type-options")).containsExactly("nosniff");
        assertThat(chat.status()).isEqualTo(200);
        assertThat(chat.headers()).doesNotContainKey("x-frame-options");
        assertThat(chat.headers().get("content-security-policy")).singleElement()
                .satisfies(csp -> assertThat(csp).contains("frame-ancestors *"));
        assertThat(http.get("/embed.js").status()).isEqualTo(200);
        assertThat(http.get("/webjars/htmx.org/dist/htmx.min.js").status()).isEqualTo(200);
    }

    private Http signedIn(String username) {
        return StaffFixtures.signedIn(port, username);
    }
}
