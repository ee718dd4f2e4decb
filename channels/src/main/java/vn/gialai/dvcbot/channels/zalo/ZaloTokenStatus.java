package vn.gialai.dvcbot.channels.zalo;

import java.time.Instant;

/**
 * The state of the Zalo OA tokens, without the tokens themselves.
 *
 * @param working whether a usable access token is stored
 * @param accessTokenExpiresAt when the access token expires, or null when unknown
 * @param lastRefreshAt when the pair was last refreshed, or null
 * @param problem why refreshing failed (Zalo's own words), or null
 * @param problemSince when that problem began, or null
 * @param adminActionNeeded true when only a new refresh token can help
 */
public record ZaloTokenStatus(boolean working, Instant accessTokenExpiresAt, Instant lastRefreshAt, String problem,
        Instant problemSince, boolean adminActionNeeded) {
}
