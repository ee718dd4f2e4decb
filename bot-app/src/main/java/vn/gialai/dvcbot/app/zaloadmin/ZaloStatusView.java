package vn.gialai.dvcbot.app.zaloadmin;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.gialai.dvcbot.channels.zalo.ZaloTokenStatus;

/** The token status as the page and the API show it: times in Vietnam's time zone, plus the raw instants. */
record ZaloStatusView(boolean working, boolean adminActionNeeded, String accessTokenExpiresAt, String lastRefreshAt,
        String problem, String problemSince) {

    /** @param when how the page shows a time (in the province's zone) */
    static ZaloStatusView of(ZaloTokenStatus status, DateTimeFormatter when) {
        return new ZaloStatusView(status.working(), status.adminActionNeeded(),
                format(status.accessTokenExpiresAt(), when), format(status.lastRefreshAt(), when), status.problem(),
                format(status.problemSince(), when));
    }

    private static String format(Instant at, DateTimeFormatter when) {
        return at == null ? null : when.format(at);
    }
}
