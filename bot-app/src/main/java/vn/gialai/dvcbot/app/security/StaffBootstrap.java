package vn.gialai.dvcbot.app.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.app.staff.StaffAccount;
import vn.gialai.dvcbot.app.staff.StaffAccounts;

/** At start: the demo accounts when they are on, and the first admin when one is configured. */
class StaffBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StaffBootstrap.class);
    /** The demo volunteer serves Phường Pleiku, so the console shows "your team first" in a trial. */
    static final String DEMO_TEAM = "23575";

    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;
    private final DemoAccounts demo;
    private final SecuritySettings settings;
    private final Clock clock;

    StaffBootstrap(StaffAccounts accounts, PasswordEncoder encoder, DemoAccounts demo, SecuritySettings settings,
            Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.demo = demo;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo.on()) {
            createDemo("volunteer", "Tình nguyện viên (demo)", Role.VOLUNTEER, DEMO_TEAM);
            createDemo("editor", "Biên tập viên (demo)", Role.EDITOR, null);
            createDemo("admin", "Quản trị (demo)", Role.ADMIN, null);
            log.warn("DEMO ACCOUNTS ARE ON: volunteer/volunteer, editor/editor and admin/admin can sign in. "
                    + "Set BOT_DEMO_USERS=false for real use (it is off by default when REDIS_URL is set).");
        }
        createFirstAdmin();
    }

    private void createDemo(String username, String name, Role role, String team) {
        Instant now = clock.instant();
        accounts.create(new StaffAccount(username, name, encoder.encode(username), Set.of(role), team, true, true, now,
                now));
    }

    private void createFirstAdmin() {
        String username = settings.adminUsername() == null ? "" : settings.adminUsername().strip().toLowerCase(Locale.ROOT);
        String password = settings.adminPassword();
        if (username.isEmpty() || password == null || password.isBlank()) {
            return;
        }
        if (password.length() < 10) {
            log.error("DVC_SECURITY_ADMIN_PASSWORD must have at least 10 characters; no admin account was created");
            return;
        }
        Instant now = clock.instant();
        if (accounts.create(new StaffAccount(username, "Quản trị", encoder.encode(password), Set.of(Role.ADMIN), null,
                true, false, now, now))) {
            log.info("Created the admin account '{}' from DVC_SECURITY_ADMIN_USERNAME", username);
        }
    }
}
