package vn.gialai.dvcbot.app.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gialai.dvcbot.core.limits.RefusalLog;

/**
 * Requests no handler can read are refused here, as a 4xx, before a filter or the framework fails on them with a
 * 500: a content type that is malformed, a wildcard ({@code *}/{@code *}) or names an unknown charset (415); query
 * parameters or a form with broken percent-encoding (400). Webhook bodies are left untouched (the platforms'
 * signatures cover the raw bytes).
 */
final class RequestHygieneFilter extends OncePerRequestFilter {

    private static final RefusalLog refusals = RefusalLog.of(LoggerFactory.getLogger(RequestHygieneFilter.class));

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && !readable(contentType)) {
            refusals.refused("Refused a request with an unreadable Content-Type on {}", request.getRequestURI());
            ErrorBody.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                    "Kiểu nội dung (Content-Type) không đọc được.");
            return;
        }
        if (!request.getRequestURI().startsWith("/webhooks/") && !parametersDecode(request)) {
            refusals.refused("Refused a request with undecodable parameters on {}", request.getRequestURI());
            ErrorBody.write(response, HttpServletResponse.SC_BAD_REQUEST, "bad_request",
                    "Tham số gửi lên bị mã hóa sai.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean readable(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                return false;
            }
            String charset = type.getParameter("charset");
            return charset == null || Charset.isSupported(charset.replace("\"", ""));
        } catch (IllegalArgumentException e) { // InvalidMediaTypeException, IllegalCharsetNameException
            return false;
        }
    }

    /** Query parameters, and a form body (POST, within its size limit), decode; a multipart body is left alone. */
    private static boolean parametersDecode(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return request.getQueryString() == null || queryDecodes(request.getQueryString());
        }
        try {
            request.getParameterMap();
            return true;
        } catch (IllegalStateException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean queryDecodes(String query) {
        try {
            for (String pair : query.split("&")) {
                java.net.URLDecoder.decode(pair, java.nio.charset.StandardCharsets.UTF_8);
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
