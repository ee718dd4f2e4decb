package vn.gialai.dvcbot.core.feedback;

import java.time.Instant;

/**
 * A question the bot did not answer well, as the engine reports it (not yet masked).
 *
 * @param entryId the entry that was answered or offered, or null
 */
public record QuestionMissed(String question, MissReason reason, String entryId, Instant at) {
}
