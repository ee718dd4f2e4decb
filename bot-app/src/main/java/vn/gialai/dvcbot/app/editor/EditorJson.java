package vn.gialai.dvcbot.app.editor;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.gialai.dvcbot.core.answers.MatchResult;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.editing.EditingRefused;
import vn.gialai.dvcbot.kb.editing.ImportPlanning;
import vn.gialai.dvcbot.kb.store.EntryVersion;

/** The API's JSON: entries with the field names of the YAML files (contracts §2) plus version and status. */
final class EditorJson {

    private static final JsonMapper JSON = ContentLoader.snakeCaseJson();

    private EditorJson() {
    }

    static ObjectNode entry(EntryVersion version, String status) {
        ObjectNode node = JSON.valueToTree(version.entry());
        node.put("version", version.version());
        node.put("status", status);
        node.put("author", version.author());
        node.put("saved_at", version.at().toString());
        return node;
    }

    static ObjectNode versionSummary(EntryVersion version, String status) {
        ObjectNode node = JSON.createObjectNode();
        node.put("version", version.version());
        node.put("status", status);
        node.put("author", version.author());
        node.put("at", version.at().toString());
        node.put("action", version.action());
        return node;
    }

    /** The entry in a PUT body; the bookkeeping fields are not part of it. */
    static Entry readEntry(JsonNode body, String id) {
        if (body == null || !body.isObject()) {
            throw EditingRefused.badRequest("Cần gửi một đối tượng JSON mô tả mục.");
        }
        ObjectNode fields = ((ObjectNode) body).deepCopy();
        for (String bookkeeping : List.of("version", "status", "baseVersion", "base_version", "author", "saved_at")) {
            fields.remove(bookkeeping);
        }
        if (fields.hasNonNull("id") && !fields.get("id").asString().equals(id)) {
            throw EditingRefused.badRequest("Mã mục trong nội dung (" + fields.get("id").asString()
                    + ") khác mã trên đường dẫn (" + id + ").");
        }
        fields.put("id", id);
        try {
            return JSON.treeToValue(fields, Entry.class);
        } catch (JacksonException e) {
            throw EditingRefused.badRequest("Không đọc được nội dung mục: " + e.getOriginalMessage());
        }
    }

    /** {@code baseVersion} (contracts §9) or {@code base_version}; required. */
    static int baseVersion(JsonNode body) {
        JsonNode base = body.has("baseVersion") ? body.get("baseVersion") : body.get("base_version");
        if (base == null || !base.canConvertToInt()) {
            throw EditingRefused.badRequest("Thiếu \"baseVersion\": phiên bản mới nhất mà bạn đã xem (0 cho mục mới).");
        }
        return base.asInt();
    }

    /** Shaped like a line of the eval command (contracts §3). */
    static ObjectNode match(String question, MatchResult result) {
        ObjectNode node = JSON.createObjectNode();
        node.put("question", question);
        node.putNull("expected");
        node.put("decision", result.decision().name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode top = node.putArray("top");
        result.top().forEach(s -> top.addObject().put("id", s.id()).put("score", s.score()));
        ArrayNode choices = node.putArray("choices");
        result.choices().forEach(choices::add);
        return node;
    }

    static ObjectNode plan(ImportPlanning.Plan plan) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode changes = node.putArray("changes");
        for (ImportPlanning.Change change : plan.changes()) {
            ObjectNode c = changes.addObject().put("id", change.id()).put("change", change.kind());
            ArrayNode lines = c.putArray("lines");
            change.changedLines().forEach(l -> lines.add(l.marker() + " " + l.text()));
        }
        ArrayNode problems = node.putArray("problems");
        plan.problems().forEach(p -> problems.addObject().put("file", p.file()).put("field", p.field())
                .put("reason", p.reason()));
        return node;
    }
}
