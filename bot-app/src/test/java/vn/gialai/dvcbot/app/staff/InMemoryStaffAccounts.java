package vn.gialai.dvcbot.app.staff;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** Staff accounts in a map: what web slices use where the app keeps them in Redis. */
public final class InMemoryStaffAccounts implements StaffAccounts {

    private final Map<String, StaffAccount> accounts = new ConcurrentSkipListMap<>();

    @Override
    public Optional<StaffAccount> find(String username) {
        return Optional.ofNullable(username == null ? null : accounts.get(username));
    }

    @Override
    public List<StaffAccount> all() {
        return List.copyOf(accounts.values());
    }

    @Override
    public boolean create(StaffAccount account) {
        return accounts.putIfAbsent(account.username(), account) == null;
    }

    @Override
    public void update(StaffAccount account) {
        if (accounts.replace(account.username(), account) == null) {
            throw new IllegalArgumentException("No account " + account.username());
        }
    }
}
