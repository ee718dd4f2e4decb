package vn.gialai.dvcbot.channels.webchat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import vn.gialai.dvcbot.core.limits.RateLimited;
import vn.gialai.dvcbot.core.limits.RateLimiter;
import vn.gialai.dvcbot.core.limits.RateLimitSettings;
import vn.gialai.dvcbot.core.limits.RefusalLog;

/**
 * New sessions per address, and messages per session and per address, before the controller runs: a flood
 * gets 429 with {@code Retry-After} and a message the chat page shows, while other citizens go on as usual.
 * Reading the transcript is not limited: the page polls it. When Redis cannot be asked, the request goes on
 * (the controller then answers the outage itself).
 */
final class WebChatLimits implements HandlerInterceptor {

    private static final RefusalLog refusals = RefusalLog.of(LoggerFactory.getLogger(WebChatLimits.class));

    private final RateLimiter limiter;
    private final RateLimitSettings settings;

    WebChatLimits(RateLimiter limiter, RateLimitSettings settings) {
        this.limiter = limiter;
        this.settings = settings;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!"POST".equals(request.getMethod())) {
            return true;
        }
        String address = request.getRemoteAddr();
        Object sessionId = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
                instanceof java.util.Map<?, ?> variables ? variables.get("sessionId") : null;
        try {
            if (sessionId == null) {
                RateLimited.check(limiter, settings.sessionsPerAddress(), address);
            } else {
                // Both buckets in one round trip, the address first (as two checks one after another would be).
                RateLimited.checkInOrder(limiter, List.of(
                        new RateLimiter.Bucket(settings.messagesPerAddress(), address),
                        new RateLimiter.Bucket(settings.messagesPerSession(), sessionId.toString())));
            }
            return true;
        } catch (RateLimited e) {
            refuse(response, e, sessionId == null);
            return false;
        } catch (DataAccessException e) {
            return true;
        }
    }

    private static void refuse(HttpServletResponse response, RateLimited e, boolean newSession) throws IOException {
        refusals.refused("Rate limited a web chat request ({}, retry after {} s)", e.limit(), e.retryAfterSeconds());
        String message = newSession
                ? "Có quá nhiều cuộc trò chuyện mới từ mạng của bà con trong ít phút. Bà con vui lòng thử lại sau "
                        + howLong(e.retryAfterSeconds()) + " nhé."
                : "Bà con gửi tin nhanh quá. Bà con vui lòng chờ " + howLong(e.retryAfterSeconds())
                        + " rồi gửi tiếp nhé.";
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(("{\"error\":\"rate_limited\",\"message\":\"" + message + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** "khoảng 15 giây", "khoảng 3 phút": how long, as a person says it. */
    static String howLong(long seconds) {
        return seconds < 60 ? "khoảng " + seconds + " giây" : "khoảng " + (seconds + 59) / 60 + " phút";
    }
}
