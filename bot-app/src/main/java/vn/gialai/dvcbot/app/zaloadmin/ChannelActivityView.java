package vn.gialai.dvcbot.app.zaloadmin;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import vn.gialai.dvcbot.channels.health.ChannelWatch;

/**
 * What the webhook did lately, as the admin page shows it: times in Vietnam's zone, refusals by reason.
 *
 * @param lastSender the Zalo user id of the last citizen message (an operator's own, for the smoke test), or null
 * @param degraded why the channel looks deaf (Vietnamese), or null
 */
record ChannelActivityView(String lastAcceptedAt, String lastDeliveredAt, Map<?, ?> refusedByReason,
        String lastRefusal, String lastSender, String degraded) {

    /** @param when how the page shows a time (in the province's zone) */
    static ChannelActivityView of(ChannelWatch watch, DateTimeFormatter when) {
        Map<String, Object> details = watch.details();
        return new ChannelActivityView(at(details.get("lastAcceptedEventAt"), when),
                at(details.get("lastDeliveredAt"), when),
                (Map<?, ?>) details.get("refusedByReason"), (String) details.get("lastRefusal"),
                (String) details.get("lastSender"),
                watch.problem().map(ChannelWatch.Problem::vietnamese).orElse(null));
    }

    private static String at(Object at, DateTimeFormatter when) {
        return at == null || "never".equals(at) ? "Chưa có" : when.format(Instant.parse(at.toString()));
    }
}
