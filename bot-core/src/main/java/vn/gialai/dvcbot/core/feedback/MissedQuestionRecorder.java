package vn.gialai.dvcbot.core.feedback;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import vn.gialai.dvcbot.core.handoff.HandoffRequested;

/**
 * Puts what the engine reports, and every question that ended with a volunteer, into the editors' inbox. The
 * inbox is a help for editors: when Redis fails here the citizen's conversation goes on regardless.
 */
class MissedQuestionRecorder {

    private static final Logger log = LoggerFactory.getLogger(MissedQuestionRecorder.class);

    private final MissedQuestions inbox;

    MissedQuestionRecorder(MissedQuestions inbox) {
        this.inbox = inbox;
    }

    @EventListener
    void onMiss(QuestionMissed missed) {
        record(missed);
    }

    @EventListener
    void onHandoff(HandoffRequested requested) {
        String question = requested.ticket().firstQuestion();
        if (question != null && !question.isBlank()) {
            record(new QuestionMissed(question, MissReason.HANDOFF, null, requested.ticket().createdAt()));
        }
    }

    private void record(QuestionMissed missed) {
        if (missed.question() == null || missed.question().isBlank()) {
            return;
        }
        try {
            inbox.record(missed);
        } catch (RuntimeException e) {
            log.warn("Could not keep a missed question for the editors: {}", e.toString());
        }
    }
}
