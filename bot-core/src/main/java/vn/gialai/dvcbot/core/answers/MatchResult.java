package vn.gialai.dvcbot.core.answers;

import java.util.List;

/**
 * The matcher's verdict on one question.
 *
 * @param decision what to do with it
 * @param top the best entries with calibrated scores in [0, 1], best first, at most five
 * @param choices the entry ids to offer when the decision is {@link Decision#CLARIFY}, else empty; a single
 *     choice is a confirmation ("Có phải bà con hỏi về …?")
 * @param outOfScope the fallback is because the question is outside what the knowledge base covers, not
 *     because it was unclear
 */
public record MatchResult(Decision decision, List<ScoredEntry> top, List<String> choices, boolean outOfScope) {

    public MatchResult {
        top = List.copyOf(top);
        choices = List.copyOf(choices);
    }

    public MatchResult(Decision decision, List<ScoredEntry> top, List<String> choices) {
        this(decision, top, choices, false);
    }

    public static MatchResult fallback(List<ScoredEntry> top) {
        return new MatchResult(Decision.FALLBACK, top, List.of());
    }

    /** A fallback because the question is not about administrative procedures at all. */
    public static MatchResult outOfScope(List<ScoredEntry> top) {
        return new MatchResult(Decision.FALLBACK, top, List.of(), true);
    }

    /** The entry to answer with; only meaningful when the decision is {@link Decision#ANSWER}. */
    public String bestId() {
        return top.isEmpty() ? null : top.get(0).id();
    }

    /** A clarify question with a single entry: the bot asks the citizen to confirm its guess. */
    public boolean confirmation() {
        return decision == Decision.CLARIFY && choices.size() == 1;
    }

    public enum Decision { ANSWER, CLARIFY, FALLBACK }

    public record ScoredEntry(String id, double score) {
    }
}
