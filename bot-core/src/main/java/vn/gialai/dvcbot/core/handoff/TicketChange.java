package vn.gialai.dvcbot.core.handoff;

import java.util.Arrays;
import java.util.Optional;

/**
 * A change to the handoff queue, broadcast to every app instance so each volunteer console updates live.
 * Unlike the Spring events (once, on the instance where the change happened) these reach all instances.
 */
public record TicketChange(Type type, String ticketId) {

    public enum Type {
        REQUESTED("requested"), CLAIMED("claimed"), RELEASED("released"), EXPIRED("expired"), CLOSED("closed"),
        MESSAGE("message"), UPDATED("updated");

        private final String code;

        Type(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static Optional<Type> of(String code) {
            return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
        }
    }

    /** The wire form, {@code type:ticketId}. */
    public String encode() {
        return type.code + ":" + ticketId;
    }

    public static Optional<TicketChange> decode(String message) {
        int colon = message == null ? -1 : message.indexOf(':');
        if (colon <= 0 || colon == message.length() - 1) {
            return Optional.empty();
        }
        return Type.of(message.substring(0, colon)).map(t -> new TicketChange(t, message.substring(colon + 1)));
    }
}
