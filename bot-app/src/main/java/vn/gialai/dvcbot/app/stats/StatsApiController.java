package vn.gialai.dvcbot.app.stats;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gialai.dvcbot.app.security.StaffUser;

/**
 * Contracts §12: the statistics for admins and editors, and for team leaders their own commune; the anonymised
 * conversations for admins.
 */
@RestController
@RequestMapping("/api/admin")
class StatsApiController {

    private final StatsAccess access;
    private final StatsReport report;
    private final StatsDownloads downloads;

    StatsApiController(StatsAccess access, StatsReport report, StatsDownloads downloads) {
        this.access = access;
        this.report = report;
        this.downloads = downloads;
    }

    @GetMapping("/stats")
    StatsReport.Stats stats(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String channel, @RequestParam(required = false) String commune,
            @AuthenticationPrincipal StaffUser user) {
        return report.read(access.query(user, from, to, channel, commune));
    }

    @GetMapping("/stats.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String channel, @RequestParam(required = false) String commune,
            @AuthenticationPrincipal StaffUser user) {
        return downloads.figures(user, from, to, channel, commune);
    }

    /** Admins only (the security chain): every message of the range, anonymised. */
    @GetMapping("/conversations.csv")
    ResponseEntity<byte[]> conversations(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @AuthenticationPrincipal StaffUser user) {
        return downloads.conversations(user, from, to);
    }

    @ExceptionHandler(StatsAccess.Refused.class)
    ResponseEntity<Map<String, String>> refused(StatsAccess.Refused refused) {
        return ResponseEntity.status(refused.forbidden ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", refused.forbidden ? "forbidden" : "bad_request", "message", refused.getMessage()));
    }
}
