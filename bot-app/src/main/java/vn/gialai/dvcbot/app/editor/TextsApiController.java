package vn.gialai.dvcbot.app.editor;

import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.editing.EditingRefused;
import vn.gialai.dvcbot.kb.store.TextRecords.TextVersion;

/**
 * The bot's own words over the editing API, shaped like the entries of contracts §9: {@code GET /api/kb/texts},
 * {@code GET|PUT /api/kb/texts/{key}} ({@code {"text", "baseVersion"}}: 409 on a stale base, 422 with the reasons),
 * {@code POST /api/kb/texts/{key}/publish}, versions and restore.
 */
@RestController
@RequestMapping("/api/kb/texts")
class TextsApiController {

    private static final JsonMapper JSON = ContentLoader.snakeCaseJson();

    private final BotTextEditing editing;

    TextsApiController(BotTextEditing editing) {
        this.editing = editing;
    }

    @GetMapping
    List<ObjectNode> texts() {
        return editing.rows().stream().map(TextsApiController::json).toList();
    }

    @GetMapping("/{key}")
    ObjectNode text(@PathVariable String key) {
        return json(editing.require(key));
    }

    @PutMapping("/{key}")
    ObjectNode save(@PathVariable String key, @RequestBody JsonNode body, Principal who) {
        if (body == null || !body.hasNonNull("text")) {
            throw EditingRefused.badRequest("Cần gửi {\"text\": \"lời bot nói\", \"baseVersion\": N}.");
        }
        return version(editing.save(key, body.get("text").asString(), EditorJson.baseVersion(body), who.getName(),
                "save"), "draft");
    }

    @PostMapping("/{key}/publish")
    ObjectNode publish(@PathVariable String key, @RequestBody(required = false) JsonNode body, Principal who) {
        Integer version = body != null && body.hasNonNull("version") ? body.get("version").asInt() : null;
        return version(editing.publish(key, version, who.getName()), "published");
    }

    @GetMapping("/{key}/versions")
    List<ObjectNode> versions(@PathVariable String key) {
        int live = editing.require(key).liveVersion();
        return editing.versions(key).stream().map(v -> version(v, v.version() == live ? "published" : "draft"))
                .toList();
    }

    @PostMapping("/{key}/versions/{version}/restore")
    ObjectNode restore(@PathVariable String key, @PathVariable int version, Principal who) {
        return version(editing.restore(key, version, who.getName()), "draft");
    }

    private static ObjectNode json(BotTextEditing.TextRow row) {
        ObjectNode node = JSON.createObjectNode();
        node.put("key", row.text().key());
        node.put("description", row.text().description());
        node.put("form", row.text().form().name().toLowerCase(java.util.Locale.ROOT));
        node.put("max_chars", row.text().form().maxChars());
        ArrayNode placeholders = node.putArray("placeholders");
        row.text().placeholders().stream().sorted().forEach(placeholders::add);
        node.put("text", row.latest());
        node.put("live_text", row.live());
        node.put("default_text", row.text().defaultText());
        node.put("version", row.latestVersion());
        node.put("live_version", row.liveVersion());
        node.put("status", row.hasDraft() ? "draft" : "published");
        node.put("preview", row.preview());
        return node;
    }

    private static ObjectNode version(TextVersion v, String status) {
        return JSON.createObjectNode().put("key", v.key()).put("version", v.version()).put("text", v.wording())
                .put("author", v.author()).put("at", v.at().toString()).put("action", v.action())
                .put("status", status);
    }
}
