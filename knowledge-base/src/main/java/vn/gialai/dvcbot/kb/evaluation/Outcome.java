package vn.gialai.dvcbot.kb.evaluation;

import vn.gialai.dvcbot.core.answers.MatchResult;
import vn.gialai.dvcbot.core.answers.MatchResult.Decision;

/** What the matcher did with one labelled question, and how to count it. */
public record Outcome(LabelledQuestion question, MatchResult result) {

    /** The best-scored entry is an expected one (in-scope questions only). */
    boolean topOneRight() {
        return !question.outOfScope() && !result.top().isEmpty()
                && question.ids().contains(result.top().get(0).id());
    }

    /** Answered with an expected entry, or offered one among the clarify choices; for out of scope: fell back. */
    boolean helpful() {
        if (question.outOfScope()) {
            return result.decision() == Decision.FALLBACK;
        }
        return switch (result.decision()) {
            case ANSWER -> question.ids().contains(result.bestId());
            case CLARIFY -> result.choices().stream().anyMatch(question.ids()::contains);
            case FALLBACK -> false;
        };
    }

    /** A confident answer with an entry that was not expected. */
    boolean confidentlyWrong() {
        return result.decision() == Decision.ANSWER && !question.ids().contains(result.bestId());
    }
}
