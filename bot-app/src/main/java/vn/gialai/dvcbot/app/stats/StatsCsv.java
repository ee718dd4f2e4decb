package vn.gialai.dvcbot.app.stats;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The daily series as CSV (one line per day, then a total line), for spreadsheets; UTF-8 with a BOM for Excel. */
final class StatsCsv {

    private StatsCsv() {
    }

    static String of(StatsReport.Stats stats) {
        List<String> columns = List.copyOf(stats.totals().keySet());
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("date,").append(String.join(",", columns)).append("\r\n");
        for (Map<String, Object> day : stats.daily()) {
            csv.append(day.get("date")).append(',').append(row(day, columns)).append("\r\n");
        }
        csv.append("total,").append(row(stats.totals(), columns)).append("\r\n");
        return csv.toString();
    }

    private static String row(Map<String, Object> figures, List<String> columns) {
        return columns.stream().map(c -> figures.get(c) == null ? "" : String.valueOf(figures.get(c)))
                .collect(Collectors.joining(","));
    }
}
