package vn.gialai.dvcbot.kb.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.gialai.dvcbot.core.texts.BotText;
import vn.gialai.dvcbot.kb.content.Category;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;

/**
 * docs/knowledge-base.md: one row per entry with who handles it, whether it can be done online, when it was
 * last checked and what is still unconfirmed; then the bot's own words. Regenerate with {@code java -jar bot-app/target/dvc-bot.jar kb docs}.
 */
public final class KnowledgeBaseTable {

    public static final String COMMAND = "java -jar bot-app/target/dvc-bot.jar kb docs > docs/knowledge-base.md";

    private KnowledgeBaseTable() {
    }

    public static String markdown(KnowledgeBaseContent content) {
        Map<String, Category> categories = content.categories().stream()
                .collect(Collectors.toMap(Category::id, Function.identity(), (a, b) -> a));
        List<String> order = content.categories().stream().map(Category::id).toList();
        List<Entry> entries = content.entries().stream()
                .sorted(Comparator.comparingInt((Entry e) -> rank(order, e.category())).thenComparing(Entry::id))
                .toList();
        StringBuilder md = new StringBuilder()
                .append("# Knowledge base overview\n\n")
                .append("Generated from `knowledge-base/content/` (do not edit by hand): `").append(COMMAND)
                .append("`. A test fails when this file and the content disagree.\n\n")
                .append(content.entries().size()).append(" entries, ")
                .append(content.entries().stream().mapToInt(e -> e.examples().size()).sum())
                .append(" example questions, ").append(content.outOfScope().size())
                .append(" out-of-scope examples.\n\n")
                .append("| Entry | Kind | Topic | Authority | Online | Reviewed | Examples | Open unverified points |\n")
                .append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Entry e : entries) {
            Category category = categories.get(e.category());
            md.append("| `").append(e.id()).append("` ").append(cell(e.title()))
                    .append(" | ").append(cell(e.kind()))
                    .append(" | ").append(category == null ? "" : cell(category.title()))
                    .append(" | ").append(cell(e.authority()))
                    .append(" | ").append(e.online() == null ? "" : cell(e.online().availability()))
                    .append(" | ").append(cell(e.reviewed()))
                    .append(" | ").append(e.examples().size())
                    .append(" | ").append(unverified(e.unverified()))
                    .append(" |\n");
        }
        return md.append(texts(content.texts())).toString();
    }

    /** The bot's own words as published in the bundled content, with where each is said. */
    private static String texts(Map<String, String> texts) {
        StringBuilder md = new StringBuilder("\n## The bot's own words\n\n")
                .append(texts.size()).append(" texts in `_texts.yaml` (editors change them at `/editor/texts`; ")
                .append("`{name}` is filled in by the bot).\n\n")
                .append("| Key | Said when | Wording |\n| --- | --- | --- |\n");
        texts.forEach((key, wording) -> md.append("| `").append(key).append("` | ")
                .append(BotText.byKey(key).map(t -> cell(t.description())).orElse("(not used by the code)"))
                .append(" | ").append(cell(BotText.byKey(key).filter(t -> t.form() == BotText.Form.PHRASES)
                        .map(t -> String.join(", ", wording.strip().split("\\R"))).orElse(wording)))
                .append(" |\n"));
        return md.toString();
    }

    private static int rank(List<String> order, String category) {
        int at = order.indexOf(category);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    private static String unverified(List<Entry.Unverified> points) {
        if (points.isEmpty()) {
            return "—";
        }
        return points.size() + ": " + points.stream()
                .map(p -> (p.shown() ? "[" + p.field().strip() + "] " : "") + cell(p.note()))
                .collect(Collectors.joining("; "));
    }

    private static String cell(String text) {
        return text == null ? "" : text.strip().replace("|", "\\|").replaceAll("\\s*\\n\\s*", " ");
    }
}
