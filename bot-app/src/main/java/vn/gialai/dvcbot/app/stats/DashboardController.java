package vn.gialai.dvcbot.app.stats;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import vn.gialai.dvcbot.app.security.StaffUser;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.core.feedback.MissedGroup;
import vn.gialai.dvcbot.core.feedback.MissedQuestions;
import vn.gialai.dvcbot.core.handoff.Commune;
import vn.gialai.dvcbot.core.handoff.Communes;

/**
 * The dashboard for the Youth Union, the province, editors and team leaders: headline figures, charts (Chart.js),
 * the most asked and most missed questions, and the communes, for a date range and a channel. The figures are
 * rendered on the server (readable without scripts); the charts read the same figures from a JSON data block.
 */
@Controller
@RequestMapping("/admin/dashboard")
class DashboardController {

    private static final int TOP_MISSED = 10;

    private final StatsAccess access;
    private final StatsReport report;
    private final MissedQuestions missed;
    private final Communes communes;
    private final StatsDownloads downloads;
    private final MonthlyReport monthly;
    private final JsonMapper json = JsonMapper.builder().build();

    DashboardController(StatsAccess access, StatsReport report, MissedQuestions missed, Communes communes,
            StatsDownloads downloads) {
        this.access = access;
        this.downloads = downloads;
        this.monthly = new MonthlyReport(report);
        this.report = report;
        this.missed = missed;
        this.communes = communes;
    }

    /** The header's user, as the staff pages' fragment reads it. */
    record Nav(String displayName, boolean admin, String teamName) {
    }

    @GetMapping
    String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String channel, @RequestParam(required = false) String commune,
            @AuthenticationPrincipal StaffUser user, Model model) {
        StatsQuery query = access.query(user, from, to, channel, commune);
        StatsReport.Stats stats = report.read(query);
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("stats", stats);
        if (query.channel() == null && query.commune() == null) {
            Map<String, Object> byChannel = new LinkedHashMap<>();
            for (String name : List.of("webchat", "zalo", "telegram")) {
                byChannel.put(StatsQuery.contractName(name), report.read(
                        new StatsQuery(query.from(), query.to(), name, null)).daily());
            }
            charts.put("byChannel", byChannel);
        }
        model.addAttribute("user", nav(user));
        model.addAttribute("query", query);
        model.addAttribute("stats", stats);
        model.addAttribute("fmt", new StatsFormat());
        model.addAttribute("seesAll", StatsAccess.seesAll(user));
        model.addAttribute("editor", user != null && user.hasRole(Role.EDITOR));
        model.addAttribute("communeName", query.commune() == null ? null
                : communes.byCode(query.commune()).map(Commune::name).orElse(query.commune()));
        model.addAttribute("communes", communes.all().stream().sorted(Comparator.comparing(Commune::name)).toList());
        model.addAttribute("missed", query.commune() == null ? topMissed(query) : List.of());
        model.addAttribute("chartData", json.writeValueAsString(charts));
        model.addAttribute("csvLink", "/admin/dashboard/stats.csv?" + queryString(query));
        model.addAttribute("exportLink", "/admin/dashboard/conversations.csv?from=" + query.from() + "&to=" + query.to());
        model.addAttribute("today", access.today());
        return "admin/dashboard";
    }

    /**
     * The monthly report that prints one page per month: {@code from} and {@code to} are months (YYYY-MM); by
     * default the last month that is over.
     */
    @GetMapping("/monthly")
    String monthly(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String channel, @RequestParam(required = false) String commune,
            @AuthenticationPrincipal StaffUser user, Model model) {
        LocalDate today = access.today();
        YearMonth last = month(to, YearMonth.from(today).minusMonths(1));
        YearMonth first = month(from, last);
        if (first.isAfter(last)) {
            throw new StatsAccess.Refused(false, "Tháng bắt đầu phải trước hoặc bằng tháng kết thúc.");
        }
        StatsQuery scope = access.query(user, first.atDay(1).toString(), first.atDay(1).toString(), channel, commune);
        model.addAttribute("user", nav(user));
        model.addAttribute("months", monthly.months(first, last, scope, today));
        model.addAttribute("fmt", new StatsFormat());
        model.addAttribute("communeName", scope.commune() == null ? null
                : communes.byCode(scope.commune()).map(Commune::name).orElse(scope.commune()));
        model.addAttribute("channelName", scope.channel() == null ? null : StatsQuery.contractName(scope.channel()));
        model.addAttribute("first", first);
        model.addAttribute("last", last);
        return "admin/monthly";
    }

    private static YearMonth month(String text, YearMonth otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new StatsAccess.Refused(false, "Tháng phải có dạng YYYY-MM, ví dụ 2026-03.");
        }
    }

    /** The same CSV as {@code /api/admin/stats.csv}, for the signed-in page (the API wants HTTP Basic). */
    @GetMapping("/stats.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String channel, @RequestParam(required = false) String commune,
            @AuthenticationPrincipal StaffUser user) {
        return downloads.figures(user, from, to, channel, commune);
    }

    /** The anonymised conversations for admins (the security chain checks the role), as the API gives them. */
    @GetMapping("/conversations.csv")
    ResponseEntity<byte[]> conversations(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @AuthenticationPrincipal StaffUser user) {
        return downloads.conversations(user, from, to);
    }

    @ExceptionHandler(StatsAccess.Refused.class)
    ResponseEntity<String> refused(StatsAccess.Refused refused) {
        return ResponseEntity.status(refused.forbidden ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST)
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(refused.getMessage());
    }

    /** The editors' inbox groups last seen in the range: what citizens asked that the bot did not serve. */
    private List<MissedGroup> topMissed(StatsQuery query) {
        return missed.groups().stream()
                .filter(g -> g.lastSeen() == null || !access.dayOf(g.lastSeen()).isBefore(query.from()))
                .limit(TOP_MISSED).toList();
    }

    private Nav nav(StaffUser user) {
        if (user == null) {
            return new Nav("", false, null);
        }
        String team = user.team() == null ? null : communes.byCode(user.team()).map(Commune::name).orElse(null);
        return new Nav(user.displayName(), user.asVolunteer().admin(), team);
    }

    private static String queryString(StatsQuery query) {
        return "from=" + query.from() + "&to=" + query.to()
                + (query.channel() == null ? "" : "&channel=" + StatsQuery.contractName(query.channel()))
                + (query.commune() == null ? "" : "&commune=" + query.commune());
    }
}
