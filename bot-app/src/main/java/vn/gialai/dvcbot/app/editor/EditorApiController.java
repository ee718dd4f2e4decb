package vn.gialai.dvcbot.app.editor;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.gialai.dvcbot.core.feedback.MissedGroup;
import vn.gialai.dvcbot.kb.editing.EditingRefused;
import vn.gialai.dvcbot.kb.editing.EntryDraft;
import vn.gialai.dvcbot.kb.editing.EntryEditing;
import vn.gialai.dvcbot.kb.editing.ImportPlanning;
import vn.gialai.dvcbot.kb.editing.MissedInbox;
import vn.gialai.dvcbot.kb.store.AuditRecord;
import vn.gialai.dvcbot.kb.store.EntryVersion;

/** Contracts §9: the knowledge-base editing API for the EDITOR and ADMIN roles. */
@RestController
@RequestMapping("/api/kb")
class EditorApiController {

    private final EntryEditing editing;
    private final MissedInbox inbox;
    private final ImportPlanning imports;

    EditorApiController(EntryEditing editing, MissedInbox inbox, ImportPlanning imports) {
        this.editing = editing;
        this.inbox = inbox;
        this.imports = imports;
    }

    @GetMapping("/entries")
    List<ObjectNode> entries() {
        return editing.drafts().stream().map(d -> EditorJson.entry(d.latest(), d.status().status())).toList();
    }

    @GetMapping("/entries/{id}")
    ObjectNode entry(@PathVariable String id) {
        EntryDraft draft = editing.require(id);
        ObjectNode node = EditorJson.entry(draft.latest(), draft.status().status());
        node.put("live_version", draft.status().liveVersion());
        return node;
    }

    @PutMapping("/entries/{id}")
    ObjectNode save(@PathVariable String id, @RequestBody JsonNode body, Principal who) {
        EntryVersion saved = editing.save(EditorJson.readEntry(body, id), EditorJson.baseVersion(body), who.getName(),
                "save");
        return EditorJson.entry(saved, "draft");
    }

    @PostMapping("/entries/{id}/publish")
    ObjectNode publish(@PathVariable String id, @RequestBody(required = false) JsonNode body, Principal who) {
        Integer version = body != null && body.hasNonNull("version") ? versionOf(body.get("version")) : null;
        return EditorJson.entry(editing.publish(id, version, who.getName()), "published");
    }

    /** A version number as JSON number or digits; anything else is the caller's mistake, not a server fault. */
    private static int versionOf(JsonNode node) {
        if (node.canConvertToInt() && node.isIntegralNumber() || node.isString() && node.asString().matches("[0-9]{1,9}")) {
            return node.isString() ? Integer.parseInt(node.asString()) : node.intValue();
        }
        throw EditingRefused.badRequest("\"version\" phải là một số phiên bản, ví dụ {\"version\": 3}.");
    }

    @GetMapping("/entries/{id}/versions")
    List<ObjectNode> versions(@PathVariable String id) {
        int live = editing.require(id).status().liveVersion();
        return editing.versions(id).stream()
                .map(v -> EditorJson.versionSummary(v, v.version() == live ? "published" : "draft")).toList();
    }

    @GetMapping("/entries/{id}/versions/{version}")
    ObjectNode version(@PathVariable String id, @PathVariable int version) {
        return EditorJson.entry(editing.version(id, version), editing.require(id).status().statusOf(version));
    }

    @PostMapping("/entries/{id}/versions/{version}/restore")
    ObjectNode restore(@PathVariable String id, @PathVariable int version, Principal who) {
        return EditorJson.entry(editing.restore(id, version, who.getName()), "draft");
    }

    @PostMapping("/match")
    ObjectNode match(@RequestBody JsonNode body) {
        if (body == null || !body.has("text")) {
            throw EditingRefused.badRequest("Cần gửi {\"text\": \"câu hỏi\"}.");
        }
        String text = body.get("text").asString();
        return EditorJson.match(text, editing.match(text));
    }

    @GetMapping("/missed")
    List<MissedGroup> missed() {
        return inbox.groups();
    }

    @PostMapping("/missed/{id}/attach")
    ObjectNode attach(@PathVariable String id, @RequestBody JsonNode body, Principal who) {
        if (body == null || !body.hasNonNull("entryId")) {
            throw EditingRefused.badRequest("Cần gửi {\"entryId\": \"mã mục\"}.");
        }
        return EditorJson.entry(inbox.attach(id, body.get("entryId").asString(), who.getName()), "draft");
    }

    @PostMapping("/missed/{id}/dismiss")
    ResponseEntity<Void> dismiss(@PathVariable String id, Principal who) {
        inbox.dismiss(id, who.getName());
        return ResponseEntity.noContent().build();
    }

    /** All entries as a zip of YAML in the bundled layout; {@code ?drafts=true} takes the newest versions. */
    @GetMapping(value = "/export", produces = "application/zip")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "false") boolean drafts) {
        byte[] zip = editing.exportArchive(drafts);
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"kb-content.zip\"").body(zip);
    }

    /** A zip of entries: the plan (what changes, what is wrong); with {@code ?apply=true} saved as drafts. */
    @PostMapping(value = "/import", consumes = {"application/zip", "application/octet-stream"})
    ResponseEntity<ObjectNode> importArchive(@RequestBody byte[] zip,
            @RequestParam(defaultValue = "false") boolean apply, Principal who) {
        return answer(imports.planArchive(zip), apply, who);
    }

    /** Question → entry pairs from CSV or Excel (column A question, column B entry id), added as examples. */
    @PostMapping(value = "/import/examples", consumes = {"text/csv", "application/octet-stream",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    ResponseEntity<ObjectNode> importExamples(InputStream sheet,
            @RequestParam(defaultValue = "") String filename, @RequestParam(defaultValue = "false") boolean apply,
            Principal who) throws IOException {
        return answer(imports.planExamples(ExamplesSheet.read(filename, sheet)), apply, who);
    }

    private ResponseEntity<ObjectNode> answer(ImportPlanning.Plan plan, boolean apply, Principal who) {
        ObjectNode body = EditorJson.plan(plan);
        if (!plan.problems().isEmpty()) {
            return ResponseEntity.unprocessableContent().body(body);
        }
        if (apply) {
            var applied = body.putArray("applied");
            imports.apply(plan, who.getName()).forEach(v -> applied.addObject().put("id", v.id())
                    .put("version", v.version()));
        }
        return ResponseEntity.ok(body);
    }

    @GetMapping("/audit")
    List<AuditRecord> audit(@RequestParam(defaultValue = "100") int limit) {
        return editing.audit(Math.max(1, Math.min(limit, 1000)));
    }
}
