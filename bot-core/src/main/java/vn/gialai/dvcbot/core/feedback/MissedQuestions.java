package vn.gialai.dvcbot.core.feedback;

import java.util.List;
import java.util.Optional;

/** The editors' inbox of missed questions. Implementations mask personal data before storing anything. */
public interface MissedQuestions {

    void record(QuestionMissed missed);

    /** Open groups, most asked first. */
    List<MissedGroup> groups();

    default Optional<MissedGroup> group(String id) {
        return groups().stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** Takes the group's questions out of the inbox (attached to an entry, or dismissed). */
    void resolve(MissedGroup group);
}
