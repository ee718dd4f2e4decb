package vn.gialai.dvcbot.app.security;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks passwords (bcrypt) for both the login page and HTTP Basic, and refuses a user name or a client
 * address after too many failures in a row, until the window ends: guessing passwords becomes slow.
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthentication.class);

    private final AuthenticationProvider passwords;
    private final LoginFailures failures;
    private final SecuritySettings settings;

    ThrottledAuthentication(AuthenticationProvider passwords, LoginFailures failures, SecuritySettings settings) {
        this.passwords = passwords;
        this.failures = failures;
        this.settings = settings;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = "user:" + String.valueOf(authentication.getName()).strip().toLowerCase(Locale.ROOT);
        String address = "address:" + address(authentication);
        if (failures.count(user) >= settings.maxFailuresPerUser()
                || failures.count(address) >= settings.maxFailuresPerAddress()) {
            throw new LockedException("Too many failed logins; try again later");
        }
        try {
            Authentication done = passwords.authenticate(authentication);
            failures.clear(user);
            return done;
        } catch (BadCredentialsException e) {
            failures.add(user);
            failures.add(address);
            if (failures.count(user) == settings.maxFailuresPerUser()) {
                log.warn("A staff user name had {} failed logins; refused for {}", settings.maxFailuresPerUser(),
                        settings.failureWindow());
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
    }
}
