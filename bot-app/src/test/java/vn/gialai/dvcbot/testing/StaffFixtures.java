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
}
