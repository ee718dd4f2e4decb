package vn.gialai.dvcbot.app.stats;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

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

    /** A CSV download named {@code <name>-<from>-<to>.csv}. */
    static ResponseEntity<byte[]> download(String name, StatsQuery query, String csv) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "-" + query.from() + "-"
                        + query.to() + ".csv\"")
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static String row(Map<String, Object> figures, List<String> columns) {
        return columns.stream().map(c -> figures.get(c) == null ? "" : String.valueOf(figures.get(c)))
                .collect(Collectors.joining(","));
    }
}
