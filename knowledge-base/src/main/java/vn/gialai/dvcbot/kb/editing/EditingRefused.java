package vn.gialai.dvcbot.kb.editing;

import java.util.List;
import vn.gialai.dvcbot.kb.content.ContentProblem;

/**
 * A refused editing request, with a message for the editor (Vietnamese) and, for invalid content, the problems
 * found. The web layer turns the {@link Reason} into an HTTP status; the console shows the message.
 */
public final class EditingRefused extends RuntimeException {

    /** Why, as a client would need to know it. */
    public enum Reason {
        NOT_FOUND("not_found"), BAD_REQUEST("bad_request"), TOO_LARGE("too_large"), INVALID("invalid");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** The stable code the editing API answers in {@code error}. */
        public String code() {
            return code;
        }
    }

    private final Reason reason;
    private final List<ContentProblem> problems;

    private EditingRefused(Reason reason, String message, List<ContentProblem> problems) {
        super(message, null, false, false);
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public static EditingRefused notFound(String message) {
        return new EditingRefused(Reason.NOT_FOUND, message, List.of());
    }

    public static EditingRefused badRequest(String message) {
        return new EditingRefused(Reason.BAD_REQUEST, message, List.of());
    }

    public static EditingRefused tooLarge(String message) {
        return new EditingRefused(Reason.TOO_LARGE, message, List.of());
    }

    public static EditingRefused invalid(List<ContentProblem> problems) {
        return new EditingRefused(Reason.INVALID, "Nội dung chưa hợp lệ, cần sửa " + problems.size() + " chỗ.",
                problems);
    }

    public Reason reason() {
        return reason;
    }

    public String code() {
        return reason.code();
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
