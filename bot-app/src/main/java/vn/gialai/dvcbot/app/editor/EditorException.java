package vn.gialai.dvcbot.app.editor;

import java.util.List;
import org.springframework.http.HttpStatus;
import vn.gialai.dvcbot.kb.content.ContentProblem;

/** A refused editing request; the API answers it as JSON, the console as a message. */
final class EditorException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final List<ContentProblem> problems;

    private EditorException(HttpStatus status, String code, String message, List<ContentProblem> problems) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    static EditorException notFound(String message) {
        return new EditorException(HttpStatus.NOT_FOUND, "not_found", message, List.of());
    }

    static EditorException badRequest(String message) {
        return new EditorException(HttpStatus.BAD_REQUEST, "bad_request", message, List.of());
    }

    static EditorException tooLarge(String message) {
        return new EditorException(HttpStatus.CONTENT_TOO_LARGE, "too_large", message, List.of());
    }

    static EditorException invalid(List<ContentProblem> problems) {
        return new EditorException(HttpStatus.UNPROCESSABLE_ENTITY, "invalid",
                "Nội dung chưa hợp lệ, cần sửa " + problems.size() + " chỗ.", problems);
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    List<ContentProblem> problems() {
        return problems;
    }
}
