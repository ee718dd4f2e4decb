package vn.gialai.dvcbot.app.editor;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gialai.dvcbot.core.answers.MatchResult;
import vn.gialai.dvcbot.kb.catalog.KnowledgeBaseCatalog;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;
import vn.gialai.dvcbot.kb.editing.EntryRules;
import vn.gialai.dvcbot.kb.matching.MatcherFactory;
import vn.gialai.dvcbot.kb.matching.QuestionMatcher;

/**
 * Before publishing: every example question of every entry goes through a matcher trained with the draft and
 * through the live one; what the bot would do differently is listed, better and worse apart.
 */
@Component
class RegressionCheck {

    static final int SHOWN = 200;

    private final MatcherFactory matchers;
    private final KnowledgeBaseCatalog catalog;

    RegressionCheck(MatcherFactory matchers, KnowledgeBaseCatalog catalog) {
        this.matchers = matchers;
        this.catalog = catalog;
    }

    Report run(Entry draft) {
        KnowledgeBaseContent candidate = EntryRules.withEntry(catalog.content(), draft);
        QuestionMatcher after = matchers.build(candidate);
        List<Change> changes = new ArrayList<>();
        int questions = 0;
        for (Entry entry : candidate.entries()) {
            for (String question : entry.examples()) {
                questions++;
                Outcome before = Outcome.of(catalog.match(question));
                Outcome now = Outcome.of(after.match(question));
                if (!before.equals(now)) {
                    changes.add(new Change(question, entry.id(), before, now));
                }
            }
        }
        return new Report(questions, changes);
    }

    /** What the bot does with a question: the entry it answers with, the entries it offers, or none. */
    record Outcome(String decision, List<String> ids) {

        static Outcome of(MatchResult result) {
            return switch (result.decision()) {
                case ANSWER -> new Outcome("answer", List.of(result.bestId()));
                case CLARIFY -> new Outcome("clarify", result.choices());
                case FALLBACK -> new Outcome("fallback", List.of());
            };
        }

        public boolean serves(String entryId) {
            return !decision.equals("fallback") && ids.contains(entryId);
        }

        public String describe() {
            return switch (decision) {
                case "answer" -> "trả lời bằng mục " + ids.get(0);
                case "clarify" -> "hỏi lại, đưa ra: " + String.join(", ", ids);
                default -> "chưa trả lời được";
            };
        }
    }

    record Change(String question, String entryId, Outcome before, Outcome after) {

        public boolean worse() {
            return before.serves(entryId) && !after.serves(entryId);
        }

        public boolean better() {
            return !before.serves(entryId) && after.serves(entryId);
        }
    }

    record Report(int questions, List<Change> changes) {

        public long worse() {
            return changes.stream().filter(Change::worse).count();
        }

        public long better() {
            return changes.stream().filter(Change::better).count();
        }

        /** Worse first: those are what an editor must look at before publishing. */
        public List<Change> shown() {
            return changes.stream().sorted((a, b) -> Boolean.compare(b.worse(), a.worse())).limit(SHOWN).toList();
        }
    }
}
