package vn.gialai.dvcbot.app.console;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gialai.dvcbot.core.answers.AnswerCatalog;
import vn.gialai.dvcbot.core.answers.AnswerEntry;
import vn.gialai.dvcbot.core.answers.MatchResult;
import vn.gialai.dvcbot.core.answers.Topic;

/** Knowledge-base text a volunteer can put into a reply with one click: an entry's summary or its steps. */
@Component
class ReadyAnswers {

    private static final int SUGGESTIONS = 3;
    private static final double SUGGESTION_SCORE = 0.2;

    private final AnswerCatalog catalog;

    ReadyAnswers(AnswerCatalog catalog) {
        this.catalog = catalog;
    }

    List<Topic> topics() {
        return catalog.topics();
    }

    List<ReadyAnswer> ofTopic(String topicId) {
        return catalog.entriesOf(topicId).stream().filter(AnswerEntry::answersWithSections).map(ReadyAnswers::of).toList();
    }

    /** Entries the citizen's question seems to be about, best first. */
    List<ReadyAnswer> suggestedFor(String question) {
        if (question == null || question.isBlank()) {
            return List.of();
        }
        return catalog.match(question).top().stream()
                .filter(s -> s.score() >= SUGGESTION_SCORE)
                .map(MatchResult.ScoredEntry::id)
                .flatMap(id -> catalog.entry(id).stream())
                .filter(AnswerEntry::answersWithSections)
                .limit(SUGGESTIONS)
                .map(ReadyAnswers::of)
                .toList();
    }

    private static ReadyAnswer of(AnswerEntry entry) {
        String summary = entry.title() + ": " + entry.summary();
        StringBuilder steps = new StringBuilder("Các bước " + lowerFirst(entry.title()) + ":");
        for (int i = 0; i < entry.steps().size(); i++) {
            steps.append("\n").append(i + 1).append(". ").append(entry.steps().get(i));
        }
        return new ReadyAnswer(entry.id(), entry.title(), summary, entry.steps().isEmpty() ? "" : steps.toString());
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** @param steps empty when the entry has no steps */
    record ReadyAnswer(String id, String title, String summary, String steps) {
    }
}
