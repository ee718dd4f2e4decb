package vn.gialai.dvcbot.channels.zalo;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import vn.gialai.dvcbot.channels.health.ChannelWatch;

/**
 * The Zalo channel's health ({@code /actuator/health}, component "zalo"): DOWN when no access token can be had,
 * with what the administrator should do about it; DEGRADED when the webhook has gone deaf (see {@link
 * ChannelWatch}); always with the last accepted event, the last delivery and the refused requests by reason.
 */
final class ZaloHealthIndicator implements HealthIndicator {

    static final String ACTION = "Open /admin/zalo and enter a new refresh token: authorise the app for the OA "
            + "again (or use the API Explorer on developers.zalo.me) and paste the refresh token it gives. If Zalo "
            + "names the app or its secret, check ZALO_APP_ID and ZALO_APP_SECRET.";

    private final ZaloAdministration administration;
    private final ChannelWatch watch;

    ZaloHealthIndicator(ZaloAdministration administration, ChannelWatch watch) {
        this.administration = administration;
        this.watch = watch;
    }

    @Override
    public Health health() {
        ZaloTokenStatus status = administration.status();
        Health.Builder health = watch.health(Health.up());
        if (!status.working()) {
            health.down();
        }
        if (status.accessTokenExpiresAt() != null) {
            health.withDetail("accessTokenExpiresAt", status.accessTokenExpiresAt().toString());
        }
        if (status.lastRefreshAt() != null) {
            health.withDetail("lastRefreshAt", status.lastRefreshAt().toString());
        }
        if (status.problem() != null) {
            health.withDetail("problem", status.problem());
            health.withDetail("problemSince", String.valueOf(status.problemSince()));
        }
        if (status.adminActionNeeded()) {
            health.withDetail("action", ACTION);
        } else if (!status.working()) {
            health.withDetail("action", "Waiting for a Zalo access token; the bot keeps retrying. "
                    + "If this lasts, check that the server reaches oauth.zaloapp.com.");
        }
        return health.build();
    }
}
