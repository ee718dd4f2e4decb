package vn.gialai.dvcbot.app.limits;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON error every endpoint answers with ({@code {"error", "message"}}, contracts §4), written by filters
 * that answer before Spring MVC is reached.
 */
final class ErrorBody {

    private ErrorBody() {
    }

    static void write(HttpServletResponse response, int status, String error, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(("{\"error\":\"" + error + "\",\"message\":\"" + message.replace("\"", "\\\"")
                + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
