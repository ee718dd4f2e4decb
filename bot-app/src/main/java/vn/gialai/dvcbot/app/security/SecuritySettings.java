package vn.gialai.dvcbot.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demoUsers "true"/"false" (BOT_DEMO_USERS); empty means on only when no REDIS_URL is configured
 * @param adminUsername with {@code adminPassword}: an admin account created at start when it does not exist,
 *     so a real deployment (demo accounts off) has a first admin
 * @param publicMetrics whether /actuator/prometheus is open to anyone (a scraper on a private network);
 *     otherwise it needs an ADMIN account by HTTP Basic
 * @param frameAncestors which sites may show the citizen chat page in a frame (the provincial portal embeds it)
 * @param maxFailuresPerUser failed logins of one user name within {@code failureWindow} before it is refused
 *     for the rest of the window
 * @param maxFailuresPerAddress the same for one client address, whatever names it tries
 */
@ConfigurationProperties("dvc.security")
public record SecuritySettings(
        String demoUsers,
        String adminUsername,
        String adminPassword,
        @DefaultValue("false") boolean publicMetrics,
        @DefaultValue("*") String frameAncestors,
        @DefaultValue("10") int maxFailuresPerUser,
        @DefaultValue("30") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration failureWindow) {
}
