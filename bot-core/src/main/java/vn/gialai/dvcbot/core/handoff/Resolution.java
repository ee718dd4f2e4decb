package vn.gialai.dvcbot.core.handoff;

import java.util.Arrays;
import java.util.Optional;

/** How a ticket ended (contracts §5 names the first four; the citizen cancelling is the fifth). */
public enum Resolution {
    ANSWERED("answered", "Đã giải đáp"),
    REFERRED("referred", "Đã hướng dẫn đến cơ quan"),
    NO_RESPONSE("no-response", "Công dân không phản hồi"),
    SPAM("spam", "Tin rác"),
    CANCELLED("cancelled", "Công dân tự hủy");

    private final String code;
    private final String label;

    Resolution(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** How the console names it, in Vietnamese. */
    public String label() {
        return label;
    }

    /** The resolutions a volunteer may choose when closing (not {@link #CANCELLED}). */
    public static Optional<Resolution> volunteerChoice(String code) {
        return Arrays.stream(values()).filter(r -> r != CANCELLED && r.code.equals(code)).findFirst();
    }

    public static Optional<Resolution> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /** Whether the citizen is asked to rate the help afterwards: only when a person really helped. */
    public boolean asksForRating() {
        return this == ANSWERED || this == REFERRED;
    }
}
