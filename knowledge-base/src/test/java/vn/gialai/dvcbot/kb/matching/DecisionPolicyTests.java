package vn.gialai.dvcbot.kb.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.core.answers.MatchResult;
import vn.gialai.dvcbot.core.answers.MatchResult.Decision;
import vn.gialai.dvcbot.core.answers.MatchResult.ScoredEntry;

/** The decision from scores alone, with the default settings (answer 0.5, clarify 0.3, margin 0.25, choices 0.2). */
class DecisionPolicyTests {

    private final DecisionPolicy policy = new DecisionPolicy(MatchingSettings.DEFAULTS);

    @Test
    void aClearLeaderIsAnswered() {
        MatchResult result = policy.decide(ranking(0.1, 0.8, 0.5));

        assertThat(result.decision()).isEqualTo(Decision.ANSWER);
        assertThat(result.bestId()).isEqualTo("a");
    }

    @Test
    void aLeaderNotClearlyAheadIsOfferedWithItsNeighboursInsteadOfAGuess() {
        MatchResult result = policy.decide(ranking(0.1, 0.8, 0.6, 0.56, 0.4));

        assertThat(result.decision()).isEqualTo(Decision.CLARIFY);
        assertThat(result.choices()).containsExactly("a", "b", "c");
    }

    @Test
    void choicesGoBelowTheClarifyThresholdButNotBelowTheChoiceThreshold() {
        MatchResult result = policy.decide(ranking(0.05, 0.42, 0.25, 0.19));

        assertThat(result.decision()).isEqualTo(Decision.CLARIFY);
        assertThat(result.choices()).containsExactly("a", "b");
    }

    @Test
    void aLoneCandidateInTheMiddleBandIsAConfirmation() {
        MatchResult result = policy.decide(ranking(0.05, 0.42, 0.15));

        assertThat(result.confirmation()).isTrue();
        assertThat(result.choices()).containsExactly("a");
    }

    @Test
    void belowTheClarifyThresholdTheBotFallsBackEvenWithCloseNeighbours() {
        MatchResult result = policy.decide(ranking(0.05, 0.29, 0.28, 0.27));

        assertThat(result.decision()).isEqualTo(Decision.FALLBACK);
        assertThat(result.outOfScope()).isFalse();
    }

    @Test
    void anOutOfScopeScoreAboveTheBestEntryFallsBackAsOutOfScope() {
        MatchResult result = policy.decide(ranking(0.7, 0.6));

        assertThat(result.decision()).isEqualTo(Decision.FALLBACK);
        assertThat(result.outOfScope()).isTrue();
    }

    @Test
    void twoTopicsOfALongMessageAreOfferedAsTheyWereFound() {
        MatchResult result = policy.decide(new Ranking(ranking(0.1, 0.9, 0.55).top(), 0.1, List.of("a", "b")));

        assertThat(result.decision()).isEqualTo(Decision.CLARIFY);
        assertThat(result.choices()).containsExactly("a", "b");
    }

    @Test
    void underTheClarifyThresholdAnEntryTheQuestionNamesIsStillOffered() {
        MatchResult one = policy.decide(named(ranking(0.05, 0.25, 0.2, 0.1), "b"));
        MatchResult two = policy.decide(named(ranking(0.05, 0.25, 0.2, 0.1), "c", "a"));

        assertThat(one.confirmation()).isTrue();
        assertThat(one.choices()).containsExactly("b");
        assertThat(two.choices()).containsExactly("a", "c");
    }

    @Test
    void aNamedEntryDoesNotOutvoteOutOfScope() {
        MatchResult result = policy.decide(named(ranking(0.3, 0.25, 0.1), "a"));

        assertThat(result.decision()).isEqualTo(Decision.FALLBACK);
        assertThat(result.outOfScope()).isTrue();
    }

    @Test
    void nothingScoredFallsBack() {
        assertThat(policy.decide(Ranking.NOTHING).decision()).isEqualTo(Decision.FALLBACK);
    }

    private static Ranking named(Ranking ranking, String... ids) {
        return new Ranking(ranking.top(), ranking.outOfScope(), ranking.twoTopics(), List.of(ids));
    }

    /** Entries "a", "b", "c"… with these scores, best first, after the out-of-scope score. */
    private static Ranking ranking(double outOfScope, double... scores) {
        List<ScoredEntry> top = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            top.add(new ScoredEntry(String.valueOf((char) ('a' + i)), scores[i]));
        }
        return new Ranking(top, outOfScope, List.of());
    }
}
