package vn.gialai.dvcbot.kb.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the bot knows, as loaded: the entries, the menu categories in display order, and questions
 * that are out of scope. {@code files} maps each entry id to the file it came from, for error messages.
 */
public record KnowledgeBaseContent(
        List<Entry> entries, List<Category> categories, List<String> outOfScope, Map<String, String> files) {

    public KnowledgeBaseContent {
        entries = List.copyOf(entries);
        categories = List.copyOf(categories);
        outOfScope = List.copyOf(outOfScope);
        files = Map.copyOf(files);
    }

    public Optional<Entry> entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Map<String, Entry> byId() {
        return entries.stream().collect(Collectors.toMap(Entry::id, Function.identity(), (a, b) -> a));
    }

    /** The same categories and out-of-scope examples with other entries (an editor's draft). */
    public KnowledgeBaseContent withEntries(List<Entry> newEntries, Map<String, String> newFiles) {
        return new KnowledgeBaseContent(newEntries, categories, outOfScope, newFiles);
    }
}
