package vn.gialai.dvcbot.channels.zalo;

/**
 * What an administrator can do about the Zalo channel's tokens (the admin page of bot-app). Exists only when
 * the channel is on.
 */
public interface ZaloAdministration {

    ZaloTokenStatus status();

    /**
     * Stores a refresh token the administrator obtained (by authorising the app for the OA again, or from the
     * API Explorer) and refreshes with it at once; the returned status says whether that worked.
     */
    ZaloTokenStatus replaceRefreshToken(String refreshToken);

    /** Refreshes again with the stored refresh token, e.g. after a Zalo outage; clears a recorded failure. */
    ZaloTokenStatus retryRefresh();
}
