package vn.gialai.dvcbot.app.handoff;

import org.springframework.http.HttpStatus;

/** A refused handoff API request, answered as JSON {@code {"error", "message"}}. */
final class HandoffApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    HandoffApiException(HttpStatus status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static HandoffApiException notFound(String id) {
        return new HandoffApiException(HttpStatus.NOT_FOUND, "unknown_ticket", "Không có yêu cầu số " + id + ".");
    }

    static HandoffApiException badRequest(String message) {
        return new HandoffApiException(HttpStatus.BAD_REQUEST, "bad_request", message);
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }
}
