package vn.gialai.dvcbot.testing;

import java.time.Instant;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.app.staff.StaffAccount;
import vn.gialai.dvcbot.app.staff.StaffAccounts;

/** Creates staff accounts for tests; the password is the user name followed by "-pw". */
public final class StaffFixtures {

    private StaffFixtures() {
    }

    public static void ensure(StaffAccounts accounts, PasswordEncoder encoder, String username, Role role, String team) {
        if (accounts.find(username).isPresent()) {
            return;
        }
        Instant now = Instant.now();
        accounts.create(new StaffAccount(username, "Bạn " + username, encoder.encode(password(username)), Set.of(role),
                team, true, false, now, now));
    }

    public static String password(String username) {
        return username + "-pw";
    }

    /** HTTP Basic headers of a fixture account, for /api/**. */
    public static java.util.Map<String, String> basic(String username) {
        return Http.basic(username, password(username));
    }

    /** A client with the session of a fixture account signed in through the login page, for the consoles. */
    public static Http signedIn(int port, String username) {
        Http browser = new Http(port, true);
        String token = Http.csrfToken(browser.get("/login").body());
        Http.Response login = browser.postForm("/login", java.util.Map.of("_csrf", token, "username", username,
                "password", password(username)));
        if (login.status() != 302 || !String.valueOf(login.headers().get("location")).contains("/staff")) {
            throw new AssertionError("Could not sign in as " + username + ": " + login.status());
        }
        return browser;
    }
}
