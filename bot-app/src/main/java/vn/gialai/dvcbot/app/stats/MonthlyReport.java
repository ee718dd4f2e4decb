package vn.gialai.dvcbot.app.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The printable report for the Youth Union's reports to the province: one page per month with the headline figures
 * and the most asked procedures.
 */
final class MonthlyReport {

    /** At most this many months on one report (two years of buckets, printed). */
    static final int MAX_MONTHS = 24;

    private final StatsReport report;

    MonthlyReport(StatsReport report) {
        this.report = report;
    }

    /** @param period the days read, as Vietnamese readers write dates ("01/03/2026 – 31/03/2026") */
    record Month(YearMonth month, String title, String period, StatsReport.Stats stats) {
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The months {@code from} to {@code to}, each read as its own range (a month not over yet stops today). */
    List<Month> months(YearMonth from, YearMonth to, StatsQuery scope, LocalDate today) {
        List<Month> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to) && months.size() < MAX_MONTHS; m = m.plusMonths(1)) {
            LocalDate last = m.atEndOfMonth().isAfter(today) ? today : m.atEndOfMonth();
            if (last.isBefore(m.atDay(1))) {
                break;
            }
            StatsQuery query = new StatsQuery(m.atDay(1), last, scope.channel(), scope.commune());
            months.add(new Month(m, "Tháng " + m.getMonthValue() + "/" + m.getYear(),
                    m.atDay(1).format(DAY) + " – " + last.format(DAY), report.read(query)));
        }
        return months;
    }
}
