package vn.gialai.dvcbot.kb.evaluation;

import vn.gialai.dvcbot.core.conversation.DialogueRehearsal.Step;

/** What the bot did with one turn of a labelled dialogue, and how to count it. */
public record DialogueOutcome(LabelledDialogue dialogue, LabelledDialogue.Turn turn, Step step) {

    /**
     * The right thing happened: the expected entry answered or offered (and, for {@code id#section}, exactly that
     * section opened); for "-", no answer from the knowledge base.
     */
    public boolean right() {
        if (turn.entryId() == null) {
            return !step.decision().equals("answer");
        }
        if (turn.section() != null) {
            return step.decision().equals("answer") && turn.entryId().equals(step.entryId())
                    && turn.section().equals(step.section());
        }
        return switch (step.decision()) {
            case "answer" -> turn.entryId().equals(step.entryId());
            case "clarify" -> step.choices().contains(turn.entryId());
            default -> false;
        };
    }

    /** A follow-up turn ({@code id#section}). */
    public boolean followUp() {
        return turn.section() != null;
    }

    /** Answered with another entry than expected (or answered at all when nothing was expected). */
    public boolean wrong() {
        return step.decision().equals("answer")
                && (turn.entryId() == null || !turn.entryId().equals(step.entryId()));
    }

}
