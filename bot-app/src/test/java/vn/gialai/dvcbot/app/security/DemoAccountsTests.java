package vn.gialai.dvcbot.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DemoAccountsTests {

    @Test
    void demoAccountsAreOnByDefaultOnlyWithoutARedisUrl() {
        assertThat(new DemoAccounts(settings(null), "").on()).isTrue();
        assertThat(new DemoAccounts(settings(""), "redis://db:6379/0").on()).isFalse();
    }

    @Test
    void botDemoUsersDecidesWhenSet() {
        assertThat(new DemoAccounts(settings("false"), "").on()).isFalse();
        assertThat(new DemoAccounts(settings("true"), "redis://db:6379/0").on()).isTrue();
    }

    private static SecuritySettings settings(String demoUsers) {
        return new SecuritySettings(demoUsers, null, null, false, "*", 10, 30, Duration.ofMinutes(15));
    }
}
