package vn.gialai.dvcbot.app.zaloadmin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.gialai.dvcbot.channels.zalo.ZaloTokenStatus;

/** The token status as the page and the API show it: times in Vietnam's time zone, plus the raw instants. */
record ZaloStatusView(boolean working, boolean adminActionNeeded, String accessTokenExpiresAt, String lastRefreshAt,
        String problem, String problemSince) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    static ZaloStatusView of(ZaloTokenStatus status) {
        return new ZaloStatusView(status.working(), status.adminActionNeeded(), format(status.accessTokenExpiresAt()),
                format(status.lastRefreshAt()), status.problem(), format(status.problemSince()));
    }

    private static String format(Instant at) {
        return at == null ? null : WHEN.format(at);
    }
}
