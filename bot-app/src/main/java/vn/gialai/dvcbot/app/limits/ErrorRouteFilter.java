package vn.gialai.dvcbot.app.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the server forwards a failed request to render it, not a page: asked for directly it
 * had nothing to render and answered 500. Direct requests get 404 like any unknown address; the server's own
 * error forwards (another dispatcher type) are not filtered.
 */
final class ErrorRouteFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/error") || path.startsWith("/error/") || path.startsWith("/error;"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ErrorBody.write(response, HttpServletResponse.SC_NOT_FOUND, "not_found", "Không có trang này.");
    }
}
