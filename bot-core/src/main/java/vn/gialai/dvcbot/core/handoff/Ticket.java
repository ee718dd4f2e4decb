package vn.gialai.dvcbot.core.handoff;

import java.time.Instant;
import vn.gialai.dvcbot.core.message.ConversationKey;

/**
 * A citizen's request to talk to a person. Its JSON form for the API is contracts §5's
 * {@code {"id","status","channel","conversationId","assignee","commune","createdAt","lastMessageAt"}}.
 *
 * @param assignee the volunteer's user name while assigned, else null
 * @param commune the citizen's commune or ward (a name from the list of Gia Lai's 135), or null if unknown
 * @param firstQuestion what the citizen asked before or while asking for a person, for the queue view
 */
public record Ticket(
        String id,
        TicketStatus status,
        ConversationKey conversation,
        String assignee,
        String commune,
        Instant createdAt,
        Instant lastMessageAt,
        String firstQuestion) {
}
