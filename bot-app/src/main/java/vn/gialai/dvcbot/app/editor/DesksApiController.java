package vn.gialai.dvcbot.app.editor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.gialai.dvcbot.kb.communes.CommuneDirectory;
import vn.gialai.dvcbot.kb.communes.Desk;
import vn.gialai.dvcbot.kb.communes.DeskRecords;
import vn.gialai.dvcbot.kb.communes.DeskRules;

/**
 * The desks as JSON for editors (EDITOR role, like {@code /api/kb/**}): {@code GET/PUT /api/kb/desks/{code}},
 * {@code POST …/publish}, {@code GET …/versions}. Same rules as the entries: a save names its base version (409
 * otherwise), bad records are 422 with the reasons.
 */
@RestController
class DesksApiController {

    private final DeskRecords records;
    private final CommuneDirectory directory;

    DesksApiController(DeskRecords records, CommuneDirectory directory) {
        this.records = records;
        this.directory = directory;
    }

    @GetMapping("/api/kb/desks/{code}")
    ResponseEntity<Object> desk(@PathVariable String code) {
        if (directory.commune(code).isEmpty()) {
            return unknown(code);
        }
        Optional<DeskRecords.DeskStatus> status = records.status(code);
        return status.flatMap(s -> records.version(code, s.latestVersion()))
                .<ResponseEntity<Object>>map(v -> ResponseEntity.ok(json(v, status.get())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no_desk",
                        "message", "Chưa có bản ghi bộ phận một cửa cho xã, phường " + code + ".")));
    }

    @PutMapping("/api/kb/desks/{code}")
    ResponseEntity<Object> save(@PathVariable String code, @RequestBody DeskBody body, Authentication auth) {
        if (directory.commune(code).isEmpty()) {
            return unknown(code);
        }
        Desk desk = new Desk(code, body.address(), body.hours(), body.phone(), body.mapUrl(), body.sources(),
                body.reviewed());
        Map<String, String> problems = DeskRules.problems(desk);
        if (!problems.isEmpty()) {
            return ResponseEntity.unprocessableEntity().body(Map.of("error", "invalid", "problems", problems));
        }
        try {
            DeskRecords.DeskVersion saved = records.save(desk, body.baseVersion(), auth.getName(), "save");
            return ResponseEntity.ok(json(saved, records.status(code).orElseThrow()));
        } catch (DeskRecords.Conflict e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "version_conflict",
                    "latestVersion", e.latestVersion()));
        }
    }

    @PostMapping("/api/kb/desks/{code}/publish")
    ResponseEntity<Object> publish(@PathVariable String code, @RequestBody(required = false) Map<String, Integer> body,
            Authentication auth) {
        int version = body != null && body.get("version") != null ? body.get("version")
                : records.status(code).map(DeskRecords.DeskStatus::latestVersion).orElse(0);
        return records.publish(code, version, auth.getName())
                .<ResponseEntity<Object>>map(v -> ResponseEntity.ok(json(v, records.status(code).orElseThrow())))
                .orElseGet(() -> unknown(code));
    }

    @GetMapping("/api/kb/desks/{code}/versions")
    ResponseEntity<Object> versions(@PathVariable String code) {
        return records.status(code).<ResponseEntity<Object>>map(s -> ResponseEntity.ok(records.versions(code).stream()
                .map(v -> json(v, s)).toList())).orElseGet(() -> unknown(code));
    }

    /** A save: the desk's fields and the version it was based on (0 for the first). */
    record DeskBody(String address, String hours, String phone, String mapUrl,
            java.util.List<vn.gialai.dvcbot.kb.content.Entry.Source> sources, String reviewed, int baseVersion) {
    }

    private static Map<String, Object> json(DeskRecords.DeskVersion v, DeskRecords.DeskStatus status) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", v.code());
        json.put("address", v.desk().address());
        json.put("hours", v.desk().hours());
        json.put("phone", v.desk().phone());
        json.put("mapUrl", v.desk().mapUrl());
        json.put("sources", v.desk().sources());
        json.put("reviewed", v.desk().reviewed());
        json.put("version", v.version());
        json.put("status", v.version() == status.liveVersion() ? "published" : "draft");
        json.put("author", v.author());
        json.put("savedAt", v.at().toString());
        return json;
    }

    private static ResponseEntity<Object> unknown(String code) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not_found",
                "message", "Không có xã, phường hoặc phiên bản này: " + code + "."));
    }
}
