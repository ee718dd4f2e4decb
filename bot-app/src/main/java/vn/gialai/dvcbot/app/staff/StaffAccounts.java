package vn.gialai.dvcbot.app.staff;

import java.util.List;
import java.util.Optional;

/** Where staff accounts are kept. */
public interface StaffAccounts {

    Optional<StaffAccount> find(String username);

    /** Everyone, by user name. */
    List<StaffAccount> all();

    /** Adds a new account; false when the user name is taken. */
    boolean create(StaffAccount account);

    /** Replaces an existing account. */
    void update(StaffAccount account);
}
