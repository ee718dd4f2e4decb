package vn.gialai.dvcbot.core.feedback;

import java.time.Instant;
import java.util.Map;

/**
 * One distinct missed question (same words, ignoring accents and case) with how often and why it was missed.
 *
 * @param id stable for the same folded text
 * @param text the masked question as first written
 */
public record MissedQuestion(String id, String text, long count, Map<MissReason, Long> reasons, String lastEntryId,
        Instant firstSeen, Instant lastSeen) {

    public MissedQuestion {
        reasons = Map.copyOf(reasons);
    }
}
