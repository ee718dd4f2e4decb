package vn.gialai.dvcbot.kb.matching;

import java.util.List;
import vn.gialai.dvcbot.core.answers.MatchResult;
import vn.gialai.dvcbot.core.answers.MatchResult.Decision;
import vn.gialai.dvcbot.core.answers.MatchResult.ScoredEntry;

/** Turns a ranking into answer, clarify (a confirmation when one choice) or fallback (docs/matching.md §3). */
final class DecisionPolicy {

    private final MatchingSettings settings;

    DecisionPolicy(MatchingSettings settings) {
        this.settings = settings;
    }

    MatchResult decide(Ranking ranking) {
        List<ScoredEntry> top = ranking.top();
        if (top.isEmpty()) {
            return MatchResult.fallback(top);
        }
        double best = ranking.score(0);
        // "Not ours" is scored like an entry (categorizer class and BM25 document of the out-of-scope questions).
        if (ranking.outOfScope() > best) {
            return MatchResult.outOfScope(top);
        }
        if (best < settings.clarifyThreshold()) {
            return named(ranking);
        }
        if (!ranking.twoTopics().isEmpty()) {
            return new MatchResult(Decision.CLARIFY, top, ranking.twoTopics());
        }
        // Every entry within the margin is offered, down to a lower floor than the best needs: when the best is not
        // clearly ahead, a short list that holds the right entry helps more than a guess or a lone confirmation.
        List<String> close = top.stream()
                .filter(s -> best - s.score() <= settings.clarifyMargin() && s.score() >= settings.choiceThreshold())
                .limit(settings.maxChoices())
                .map(ScoredEntry::id)
                .toList();
        if (close.size() >= 2) {
            return new MatchResult(Decision.CLARIFY, top, close);
        }
        if (best >= settings.answerThreshold()) {
            return new MatchResult(Decision.ANSWER, top, List.of());
        }
        // A lone plausible candidate in the middle band: ask the citizen to confirm it instead of giving up.
        return new MatchResult(Decision.CLARIFY, top, close);
    }

    /**
     * Under the clarify threshold, an entry the question names in full ("… làm sổ đỏ lần đầu …" in a long story the
     * model reads poorly) is still offered: confirmed alone, or listed with the others named. Nothing named: fallback.
     */
    private MatchResult named(Ranking ranking) {
        List<String> named = ranking.top().stream().map(ScoredEntry::id).filter(ranking.named()::contains)
                .limit(settings.maxChoices()).toList();
        return named.isEmpty() ? MatchResult.fallback(ranking.top())
                : new MatchResult(Decision.CLARIFY, ranking.top(), named);
    }
}
