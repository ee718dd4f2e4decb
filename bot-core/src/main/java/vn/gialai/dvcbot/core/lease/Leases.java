package vn.gialai.dvcbot.core.lease;

import java.time.Duration;
import java.util.Optional;

/** Hands out named leases shared by every app instance. */
public interface Leases {

    /** Takes the lease if nobody holds it; it lapses after {@code ttl} unless renewed. */
    Optional<Lease> tryAcquire(String name, Duration ttl);
}
