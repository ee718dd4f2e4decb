package vn.gialai.dvcbot.core.feedback;

import java.time.Instant;
import java.util.List;

/**
 * Similar missed questions together, so editors fix a need once. Its id is the id of its most frequent
 * question, so it stays the same while the group grows.
 */
public record MissedGroup(String id, String text, long count, Instant lastSeen, List<MissedQuestion> questions) {

    public MissedGroup {
        questions = List.copyOf(questions);
    }
}
