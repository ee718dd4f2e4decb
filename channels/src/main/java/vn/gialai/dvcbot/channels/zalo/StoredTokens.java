package vn.gialai.dvcbot.channels.zalo;

import java.time.Duration;
import java.time.Instant;

/**
 * The OA token pair as kept in Redis, shared by every instance.
 *
 * @param accessToken null until the first refresh when no {@code ZALO_ACCESS_TOKEN} was given
 * @param expiresAt null when unknown (a token given by hand): it is used until Zalo rejects it
 * @param seed a hash of the {@code ZALO_REFRESH_TOKEN} these tokens descend from, so a new one set by the
 *     admin is adopted while the old one, long spent, is not
 * @param failure why the last refresh failed for good (the admin must act), or null
 */
record StoredTokens(String accessToken, String refreshToken, Instant expiresAt, Instant refreshedAt, String seed,
        String failure, Instant failedAt) {

    static final StoredTokens NONE = new StoredTokens(null, null, null, null, null, null, null);

    boolean failed() {
        return failure != null;
    }

    /** Whether the access token can be used now and for at least {@code ahead}. */
    boolean usable(Instant now, Duration ahead) {
        return accessToken != null && (expiresAt == null || expiresAt.isAfter(now.plus(ahead)));
    }

    StoredTokens failedBecause(String reason, Instant at) {
        return new StoredTokens(accessToken, refreshToken, expiresAt, refreshedAt, seed, reason, at);
    }
}
