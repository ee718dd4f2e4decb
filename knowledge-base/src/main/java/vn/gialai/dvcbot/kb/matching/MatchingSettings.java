package vn.gialai.dvcbot.kb.matching;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How sure the matcher must be (see docs/matching.md for how the defaults were chosen from data).
 *
 * @param answerThreshold the lowest calibrated score that answers directly
 * @param clarifyThreshold the lowest score an entry needs to be offered as a choice
 * @param clarifyMargin entries within this distance of the best are "really close": clarify instead of guessing
 * @param maxChoices how many entries a clarify question offers at most
 * @param iterations training iterations of the maximum-entropy model (more is slower, rarely better)
 * @param choiceThreshold the lowest score of an entry offered beside a best entry that reached the clarify
 *     threshold (at most the clarify threshold)
 */
@ConfigurationProperties("dvc.matching")
public record MatchingSettings(Double answerThreshold, Double clarifyThreshold, Double clarifyMargin,
        Integer maxChoices, Integer iterations, Double choiceThreshold) {

    public static final MatchingSettings DEFAULTS = new MatchingSettings(null, null, null, null, null, null);

    public MatchingSettings {
        answerThreshold = answerThreshold == null ? 0.5 : answerThreshold;
        clarifyThreshold = clarifyThreshold == null ? 0.3 : clarifyThreshold;
        clarifyMargin = clarifyMargin == null ? 0.25 : clarifyMargin;
        maxChoices = maxChoices == null ? 3 : maxChoices;
        iterations = iterations == null ? 40 : iterations;
        choiceThreshold = choiceThreshold == null ? Math.min(0.2, clarifyThreshold) : choiceThreshold;
        if (answerThreshold <= 0 || answerThreshold > 1 || clarifyThreshold < 0 || clarifyThreshold > answerThreshold
                || clarifyMargin < 0 || maxChoices < 2 || iterations < 1 || choiceThreshold < 0
                || choiceThreshold > clarifyThreshold) {
            throw new IllegalArgumentException("dvc.matching: need 0 <= clarify-threshold <= answer-threshold <= 1, "
                    + "clarify-margin >= 0, max-choices >= 2, iterations >= 1 and 0 <= choice-threshold <= clarify-threshold");
        }
    }
}
