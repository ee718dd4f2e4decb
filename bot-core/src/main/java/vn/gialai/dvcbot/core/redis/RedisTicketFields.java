package vn.gialai.dvcbot.core.redis;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.gialai.dvcbot.core.handoff.Ticket;
import vn.gialai.dvcbot.core.handoff.TicketDetails;
import vn.gialai.dvcbot.core.handoff.TicketStatus;
import vn.gialai.dvcbot.core.handoff.Transition.Result;
import vn.gialai.dvcbot.core.handoff.Transition;
import vn.gialai.dvcbot.core.message.ConversationKey;

/** A ticket's hash fields (times as epoch milliseconds, absent values as empty strings) and the scripts' replies. */
final class RedisTicketFields {

    private RedisTicketFields() {
    }

    /** A transition script's reply: the outcome code, then the ticket's fields as HGETALL returns them. */
    static Transition transition(List<?> reply) {
        String code = (String) reply.get(0);
        Optional<TicketDetails> ticket = reply.size() > 1 ? Optional.of(details(reply.subList(1, reply.size())))
                : Optional.empty();
        Result outcome = switch (code) {
            case "done" -> Result.DONE;
            case "already" -> Result.ALREADY_DONE;
            case "other" -> Result.HELD_BY_OTHER;
            case "state" -> Result.WRONG_STATE;
            default -> Result.NOT_FOUND;
        };
        return new Transition(outcome, ticket);
    }

    /** HGETALL's flat reply: field, value, field, value… */
    static TicketDetails details(List<?> flat) {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            fields.put((String) flat.get(i), (String) flat.get(i + 1));
        }
        return details(fields);
    }

    static TicketDetails details(Map<String, String> f) {
        Ticket ticket = new Ticket(f.get("id"), TicketStatus.valueOf(f.get("status").toUpperCase(Locale.ROOT)),
                new ConversationKey(f.get("channel"), f.get("chatId")), blank(f.get("assignee")), blank(f.get("commune")),
                instant(f.get("createdAt")), instant(f.get("lastMessageAt")), blank(f.get("firstQuestion")));
        String rating = blank(f.get("rating"));
        return new TicketDetails(ticket, blank(f.get("assigneeName")), instant(f.get("waitingSince")),
                instant(f.get("leaseUntil")), instant(f.get("claimedAt")), instant(f.get("closedAt")),
                blank(f.get("resolution")), blank(f.get("note")), blank(f.get("closedBy")),
                rating == null ? null : Integer.valueOf(rating));
    }

    static String ms(Instant instant) {
        return Long.toString(instant.toEpochMilli());
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Instant instant(String ms) {
        return ms == null || ms.isBlank() ? null : Instant.ofEpochMilli(Long.parseLong(ms));
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
