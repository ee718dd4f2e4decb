package vn.gialai.dvcbot.app.limits;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON error every endpoint answers with ({@code {"error", "message"}}, contracts §4), written by filters
 * that answer before Spring MVC is reached. The answer is sent at once.
 */
final class ErrorBody {

    private ErrorBody() {
    }

    static void write(HttpServletResponse response, int status, String error, String message) throws IOException {
        byte[] body = ("{\"error\":\"" + error + "\",\"message\":\"" + message.replace("\"", "\\\"") + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        // Sent now: for a body far above the limit the server closes the connection instead of reading the rest,
        // and an answer still in the buffer then would never leave.
        response.flushBuffer();
    }
}
