package vn.gialai.dvcbot.app.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gialai.dvcbot.core.limits.RefusalLog;

/**
 * Refuses a request body above its endpoint's limit before anything reads it: a declared length above the
 * limit is answered 413 at once (the server then closes the connection rather than swallow the rest); a body
 * sent without a length is counted while it is read into memory, up to the limit, and refused as soon as it
 * passes it. Runs first, before security and before any filter that parses forms.
 */
final class BodySizeFilter extends OncePerRequestFilter {

    private static final RefusalLog refusals = RefusalLog.of(LoggerFactory.getLogger(BodySizeFilter.class));

    private final BodyLimitSettings limits;

    BodySizeFilter(BodyLimitSettings limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = limits.limitFor(path);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(response, path, limit, declared + " bytes declared");
            return;
        }
        if (declared >= 0 || !sendsBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (limit > BodyLimitSettings.MAX_BUFFERED) {
            refusals.refused("Refused a body without Content-Length on {}", path);
            ErrorBody.write(response, HttpServletResponse.SC_LENGTH_REQUIRED, "length_required",
                    "Cần gửi kèm độ dài nội dung (Content-Length).");
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), limit);
        if (body.length > limit) {
            refuse(response, path, limit, "more than the limit sent without a length");
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    /** A request without Content-Length has a body only when it is chunked. */
    private static boolean sendsBody(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null;
    }

    /** Reads up to {@code limit + 1} bytes: one more than allowed is enough to know the body is too large. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) limit + 1);
    }

    private static void refuse(HttpServletResponse response, String path, long limit, String what) throws IOException {
        refusals.refused("Refused a request body on {} above its limit of {} bytes ({})", path, limit, what);
        response.setHeader("Connection", "close");
        ErrorBody.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "too_large",
                "Nội dung gửi lên quá lớn (tối đa " + readable(limit) + ").");
    }

    private static String readable(long bytes) {
        return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
                : bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " byte";
    }
}
