package vn.gialai.dvcbot.app.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import vn.gialai.dvcbot.app.staff.InMemoryStaffAccounts;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.app.staff.StaffAccount;
import vn.gialai.dvcbot.core.testing.SettableClock;

/**
 * The app's real security in a MockMvc slice ({@code @Import} it into a {@code @WebMvcTest}): the five filter
 * chains, the role hierarchy, JSON 401/403 on the API, the login page and CSRF on staff pages, and sign-ins
 * checked against staff accounts kept in memory instead of Redis.
 *
 * <p>Accounts (password: the name followed by "-pw"; {@code @WithUserDetails} loads them as the app does):
 * {@code lan} volunteer of team 23575 (Phường Pleiku), {@code minh} volunteer without a team, {@code bientap}
 * editor, {@code doitruong} team leader of 23575, {@code quantri} admin.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class StaffSecuritySlice {

    public static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");
    public static final String TEAM = "23575";

    @Bean
    InMemoryStaffAccounts staffAccounts() {
        // Cost 4 rather than the app's 10: the app's encoder checks any cost, and slices start fast.
        BCryptPasswordEncoder quick = new BCryptPasswordEncoder(4);
        InMemoryStaffAccounts accounts = new InMemoryStaffAccounts();
        Map.of("lan", Set.of(Role.VOLUNTEER), "minh", Set.of(Role.VOLUNTEER), "bientap", Set.of(Role.EDITOR),
                "doitruong", Set.of(Role.TEAM_LEADER), "quantri", Set.of(Role.ADMIN)).forEach((name, roles) -> {
                    String team = name.equals("lan") || name.equals("doitruong") ? TEAM : null;
                    accounts.create(new StaffAccount(name, "Bạn " + name, quick.encode(password(name)), roles, team,
                            true, false, NOW, NOW));
                });
        return accounts;
    }

    @Bean
    LoginFailures loginFailures() {
        return new CountedInMemory();
    }

    @Bean
    Clock clock() {
        return new SettableClock(NOW);
    }

    public static String password(String username) {
        return username + "-pw";
    }

    /** HTTP Basic with a fixture account's password, as API clients sign in. */
    public static RequestPostProcessor basic(String username) {
        return SecurityMockMvcRequestPostProcessors.httpBasic(username, password(username));
    }

    /** Failed logins counted in a map, in place of Redis. */
    static final class CountedInMemory implements LoginFailures {

        private final Map<String, Long> counts = new ConcurrentHashMap<>();

        @Override
        public long count(String key) {
            return counts.getOrDefault(key, 0L);
        }

        @Override
        public void add(String key) {
            counts.merge(key, 1L, Long::sum);
        }

        @Override
        public void clear(String key) {
            counts.remove(key);
        }
    }
}
