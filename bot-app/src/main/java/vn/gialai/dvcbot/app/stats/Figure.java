package vn.gialai.dvcbot.app.stats;

import vn.gialai.dvcbot.core.conversation.TurnHandled.Outcome;

/** The plain counts kept per day, channel and commune; {@code code} names them in Redis, JSON and CSV. */
enum Figure {
    MESSAGES("messages"),
    ANSWERS("answers"),
    FOLLOW_UPS("followUps"),
    CONFIRMATIONS("confirmations"),
    CLARIFICATIONS("clarifications"),
    FALLBACKS("fallbacks"),
    HELPFUL_YES("helpfulYes"),
    HELPFUL_NO("helpfulNo"),
    HANDOFFS("handoffs"),
    TICKETS_CLAIMED("ticketsClaimed"),
    TICKETS_CLOSED("ticketsClosed"),
    TICKETS_ABANDONED("ticketsAbandoned");

    final String code;

    Figure(String code) {
        this.code = code;
    }

    static Figure of(Outcome outcome) {
        return switch (outcome) {
            case ANSWER -> ANSWERS;
            case FOLLOW_UP -> FOLLOW_UPS;
            case CLARIFY -> CLARIFICATIONS;
            case CONFIRM -> CONFIRMATIONS;
            case FALLBACK -> FALLBACKS;
            case HELPFUL -> HELPFUL_YES;
            case UNHELPFUL -> HELPFUL_NO;
        };
    }

    /** Whether the figure is known per commune (the handoff's), or only per channel (the conversation's). */
    boolean byCommune() {
        return this == HANDOFFS || this == TICKETS_CLAIMED || this == TICKETS_CLOSED || this == TICKETS_ABANDONED;
    }
}
