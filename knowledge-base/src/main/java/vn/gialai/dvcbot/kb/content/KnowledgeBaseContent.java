package vn.gialai.dvcbot.kb.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.gialai.dvcbot.kb.normalize.Abbreviations;

/**
 * Everything the bot knows, as loaded: the entries, the menu categories in display order, and questions
 * that are out of scope. {@code files} maps each entry id to the file it came from, for error messages;
 * {@code abbreviations} is the editable list the matcher expands citizens' short forms with; {@code texts} the bot's
 * own words by key ({@code _texts.yaml}, in file order).
 */
public record KnowledgeBaseContent(List<Entry> entries, List<Category> categories, List<String> outOfScope,
        Map<String, String> files, Abbreviations abbreviations, Map<String, String> texts) {

    public KnowledgeBaseContent {
        entries = List.copyOf(entries);
        categories = List.copyOf(categories);
        outOfScope = List.copyOf(outOfScope);
        files = Map.copyOf(files);
        abbreviations = abbreviations == null ? Abbreviations.NONE : abbreviations;
        texts = texts == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    /** Content without an abbreviation list or texts of its own (the bot then says its default words). */
    public KnowledgeBaseContent(List<Entry> entries, List<Category> categories, List<String> outOfScope,
            Map<String, String> files) {
        this(entries, categories, outOfScope, files, Abbreviations.NONE, Map.of());
    }

    public Optional<Entry> entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Map<String, Entry> byId() {
        return entries.stream().collect(Collectors.toMap(Entry::id, Function.identity(), (a, b) -> a));
    }

    /** The same categories, out-of-scope examples and abbreviations with other entries (an editor's draft). */
    public KnowledgeBaseContent withEntries(List<Entry> newEntries, Map<String, String> newFiles) {
        return new KnowledgeBaseContent(newEntries, categories, outOfScope, newFiles, abbreviations, texts);
    }

    /** The same content with other wording of the bot's own texts (what editors published). */
    public KnowledgeBaseContent withTexts(Map<String, String> newTexts) {
        return new KnowledgeBaseContent(entries, categories, outOfScope, files, abbreviations, newTexts);
    }
}
