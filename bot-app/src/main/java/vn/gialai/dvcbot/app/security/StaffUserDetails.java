package vn.gialai.dvcbot.app.security;

import java.util.Locale;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import vn.gialai.dvcbot.app.staff.StaffAccount;
import vn.gialai.dvcbot.app.staff.StaffAccounts;

/** Loads staff accounts for Spring Security; demo accounts count only while demo accounts are on. */
class StaffUserDetails implements UserDetailsService {

    private final StaffAccounts accounts;
    private final boolean demoOn;

    StaffUserDetails(StaffAccounts accounts, boolean demoOn) {
        this.accounts = accounts;
        this.demoOn = demoOn;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        StaffAccount account = accounts.find(name)
                .filter(a -> demoOn || !a.demo())
                .orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
        return new StaffUser(account.username(), account.passwordHash(), account.enabled(),
                account.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList(),
                account.displayName(), account.team());
    }
}
