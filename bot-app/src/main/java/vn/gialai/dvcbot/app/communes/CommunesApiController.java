package vn.gialai.dvcbot.app.communes;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gialai.dvcbot.core.handoff.Commune;
import vn.gialai.dvcbot.kb.communes.CommuneDirectory;

/**
 * {@code GET /api/communes?q=TEXT} and {@code GET /api/communes/{code}}: public and read-only, so any site may
 * read them from a browser ({@code Access-Control-Allow-Origin: *}; no credentials are involved).
 */
@RestController
class CommunesApiController {

    private static final int RESULTS = 10;
    private static final int MAX_QUERY = 200;

    private final CommuneDirectory directory;
    private final CommuneViews views;

    CommunesApiController(CommuneDirectory directory, CommuneViews views) {
        this.directory = directory;
        this.views = views;
    }

    /** Best matches first; without {@code q}, all 135 communes. */
    @GetMapping("/api/communes")
    ResponseEntity<Map<String, Object>> search(@RequestParam(name = "q", required = false) String query) {
        if (query != null && query.length() > MAX_QUERY) {
            return ResponseEntity.badRequest().headers(publicRead()).body(Map.of("error", "bad_request",
                    "message", "Từ khóa tìm kiếm dài quá " + MAX_QUERY + " ký tự."));
        }
        List<Commune> found = query == null || query.isBlank() ? directory.communes()
                : directory.search(query, RESULTS);
        return ResponseEntity.ok().headers(publicRead()).body(Map.of("results", found.stream().map(views::of).toList()));
    }

    @GetMapping("/api/communes/{code}")
    ResponseEntity<Object> commune(@PathVariable String code) {
        return directory.commune(code)
                .<ResponseEntity<Object>>map(c -> ResponseEntity.ok().headers(publicRead()).body(views.of(c)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).headers(publicRead()).body(Map.of(
                        "error", "unknown_commune", "message", "Không có xã, phường nào mã " + code + ".")));
    }

    private static HttpHeaders publicRead() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccessControlAllowOrigin("*");
        return headers;
    }
}
