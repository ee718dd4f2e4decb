package vn.gialai.dvcbot.kb.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gialai.dvcbot.kb.content.Entry;

/** Every text of an entry with the name of the field it sits in, for checks that apply to all text. */
final class TextFields {

    private TextFields() {
    }

    static Map<String, String> of(Entry e) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "id", e.id());
        put(fields, "kind", e.kind());
        put(fields, "category", e.category());
        put(fields, "title", e.title());
        put(fields, "summary", e.summary());
        put(fields, "authority", e.authority());
        put(fields, "where", e.where());
        put(fields, "fees", e.fees());
        put(fields, "processing_time", e.processingTime());
        put(fields, "reply", e.reply());
        put(fields, "reviewed", e.reviewed());
        list(fields, "aliases", e.aliases());
        list(fields, "keywords", e.keywords());
        list(fields, "documents", e.documents());
        list(fields, "steps", e.steps());
        list(fields, "details", e.details());
        list(fields, "legal_basis", e.legalBasis());
        for (int i = 0; i < e.unverified().size(); i++) {
            Entry.Unverified point = e.unverified().get(i);
            if (point != null) {
                put(fields, "unverified[" + i + "].about", point.about());
                put(fields, "unverified[" + i + "].note", point.note());
            }
        }
        list(fields, "related", e.related());
        list(fields, "examples", e.examples());
        if (e.online() != null) {
            put(fields, "online.availability", e.online().availability());
            put(fields, "online.url", e.online().url());
            list(fields, "online.guide", e.online().guide());
        }
        for (int i = 0; i < e.sources().size(); i++) {
            put(fields, "sources[" + i + "].title", e.sources().get(i).title());
            put(fields, "sources[" + i + "].url", e.sources().get(i).url());
        }
        return fields;
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    private static void list(Map<String, String> fields, String name, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            put(fields, name + "[" + i + "]", values.get(i));
        }
    }
}
