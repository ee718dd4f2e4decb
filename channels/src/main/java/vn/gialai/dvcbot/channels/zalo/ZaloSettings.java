package vn.gialai.dvcbot.channels.zalo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Zalo settings ({@code dvc.zalo.*}: environment variables {@code DVC_ZALO_*}, or {@code ZALO_*} as the README
 * has always named them). The channel is on when the first four are set.
 *
 * @param appId the Zalo app id (developers.zalo.me); part of every webhook signature
 * @param appSecret the app's secret key, sent to the OAuth server when tokens are refreshed
 * @param oaSecretKey the OA secret key shown when the app is linked to the OA; signs webhooks (not the app secret)
 * @param refreshToken the first refresh token; later ones are rotated and kept in Redis
 * @param accessToken an optional first access token, used until Zalo rejects it
 * @param apiBaseUrl the OA Open API
 * @param oauthBaseUrl the OAuth server
 * @param webhookReplayWindow signed events whose timestamp is older than this are rejected as replays
 * @param messagingWindow how long after a citizen's last message free consultation messages may be sent
 * @param freeReplies how many free consultation messages may follow one citizen message within that window
 * @param freeRepliesKept the last free replies the bot keeps for answers and volunteers, never spending them on
 *     its own menus and notices
 * @param paidWindow how long after a citizen's last message Zalo still takes (billable) messages; refused after
 * @param welcomeOnFollow whether the bot greets a new follower itself (a follow opens no free window, so this
 *     message may be billed or refused; OA Manager's own welcome message is the free way)
 * @param quietAlertAfter the channel's health turns DEGRADED when no event was accepted for this long; 0 = never
 * @param buttons whether choices are sent as buttons (where the OA accepts them) instead of numbered lines
 * @param tokenRefreshAhead an access token is refreshed this long before it expires
 * @param profileCacheTtl how long a citizen's display name is cached
 * @param tokenCheckInterval how often the tokens are checked (and refreshed when due)
 * @param tokenCheckDelay the first check after start
 */
@ConfigurationProperties("dvc.zalo")
record ZaloSettings(
        String appId,
        String appSecret,
        String oaSecretKey,
        String refreshToken,
        String accessToken,
        @DefaultValue("https://openapi.zalo.me") String apiBaseUrl,
        @DefaultValue("https://oauth.zaloapp.com") String oauthBaseUrl,
        @DefaultValue("12h") Duration webhookReplayWindow,
        @DefaultValue("48h") Duration messagingWindow,
        @DefaultValue("8") int freeReplies,
        @DefaultValue("2") int freeRepliesKept,
        @DefaultValue("7d") Duration paidWindow,
        @DefaultValue("false") boolean welcomeOnFollow,
        @DefaultValue("24h") Duration quietAlertAfter,
        @DefaultValue("false") boolean buttons,
        @DefaultValue("1h") Duration tokenRefreshAhead,
        @DefaultValue("1d") Duration profileCacheTtl,
        @DefaultValue("60s") Duration tokenCheckInterval,
        @DefaultValue("2s") Duration tokenCheckDelay) {

    static final String CHANNEL = "zalo";
}
