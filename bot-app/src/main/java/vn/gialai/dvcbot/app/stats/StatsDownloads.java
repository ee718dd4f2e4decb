package vn.gialai.dvcbot.app.stats;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.gialai.dvcbot.app.security.StaffUser;

/**
 * The two CSV downloads, the same for the API ({@code /api/admin/…}, HTTP Basic) and the dashboard's signed-in
 * page ({@code /admin/dashboard/…}): who may see which commune is {@link StatsAccess}'s to decide.
 */
@Component
class StatsDownloads {

    private final StatsAccess access;
    private final StatsReport report;
    private final ConversationExport export;

    StatsDownloads(StatsAccess access, StatsReport report, ConversationExport export) {
        this.access = access;
        this.report = report;
        this.export = export;
    }

    /** The figures of the range, channel and commune the user may see. */
    ResponseEntity<byte[]> figures(StaffUser user, String from, String to, String channel, String commune) {
        StatsQuery query = access.query(user, from, to, channel, commune);
        return StatsCsv.download("thong-ke", query, StatsCsv.of(report.read(query)));
    }

    /** Every message of the range, anonymised (admins only: the security chain checks the role). */
    ResponseEntity<byte[]> conversations(StaffUser user, String from, String to) {
        StatsQuery query = access.query(user, from, to, null, null);
        return StatsCsv.download("hoi-thoai-an-danh", query, export.csv(query.from(), query.to()));
    }
}
