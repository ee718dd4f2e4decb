package vn.gialai.dvcbot.core.answers;

import java.util.List;

/**
 * The matcher's verdict on one question.
 *
 * @param decision what to do with it
 * @param top the best entries with calibrated scores in [0, 1], best first, at most five
 * @param choices the entry ids to offer when the decision is {@link Decision#CLARIFY}, else empty
 */
public record MatchResult(Decision decision, List<ScoredEntry> top, List<String> choices) {

    public MatchResult {
        top = List.copyOf(top);
        choices = List.copyOf(choices);
    }

    public static MatchResult fallback(List<ScoredEntry> top) {
        return new MatchResult(Decision.FALLBACK, top, List.of());
    }

    /** The entry to answer with; only meaningful when the decision is {@link Decision#ANSWER}. */
    public String bestId() {
        return top.isEmpty() ? null : top.get(0).id();
    }

    public enum Decision { ANSWER, CLARIFY, FALLBACK }

    public record ScoredEntry(String id, double score) {
    }
}
