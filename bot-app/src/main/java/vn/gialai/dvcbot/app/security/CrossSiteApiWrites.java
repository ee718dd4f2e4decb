package vn.gialai.dvcbot.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses staff API writes that a browser sends from another site. A browser that once answered a Basic
 * prompt resends those credentials by itself, so a page elsewhere could otherwise close a ticket; browsers
 * name the sending site in {@code Origin}, scripts and tools send none. The citizen web chat is not checked:
 * the portal's pages call it by design and it needs no credentials.
 */
class CrossSiteApiWrites extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (origin != null && SecurityConfiguration.isWrite(request.getMethod())
                && !request.getRequestURI().startsWith("/api/webchat/") && !sameOrigin(origin, request)) {
            SecurityConfiguration.json(response, HttpServletResponse.SC_FORBIDDEN, "cross_site",
                    "Yêu cầu từ trang web khác bị từ chối.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin);
            String host = request.getServerName();
            return host != null && host.equalsIgnoreCase(uri.getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
