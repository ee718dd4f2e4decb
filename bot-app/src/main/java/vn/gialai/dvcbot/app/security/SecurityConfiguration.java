package vn.gialai.dvcbot.app.security;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import vn.gialai.dvcbot.app.staff.StaffAccounts;

/**
 * Five filter chains, tried in order: the JSON API (HTTP Basic, stateless, JSON errors), webhooks (the
 * platforms prove themselves by signature), actuator (health public; metrics as configured), the citizen
 * chat page (public, may be framed by the portal) and the staff pages (login page, CSRF, strict headers).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    static final String STAFF_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; "
            + "object-src 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** An admin may do whatever volunteers, team leaders and editors do; a team leader what volunteers do. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix().role("ADMIN").implies("EDITOR", "VOLUNTEER", "TEAM_LEADER")
                .role("TEAM_LEADER").implies("VOLUNTEER").build();
    }

    @Bean
    DemoAccounts demoAccounts(SecuritySettings settings,
            @Value("${spring.data.redis.url:}${dvc.redis.sentinel.master:}${dvc.redis.cluster.nodes:}")
            String configuredRedis) {
        // Sentinel or Cluster addresses mean a real deployment, like REDIS_URL.
        return new DemoAccounts(settings, configuredRedis);
    }

    @Bean
    StaffBootstrap staffBootstrap(StaffAccounts accounts, PasswordEncoder encoder, DemoAccounts demo,
            SecuritySettings settings, java.time.Clock clock) {
        return new StaffBootstrap(accounts, encoder, demo, settings, clock);
    }

    @Bean
    UserDetailsService staffUserDetails(StaffAccounts accounts, DemoAccounts demo) {
        return new StaffUserDetails(accounts, demo.on());
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
            LoginFailures failures, SecuritySettings settings) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthentication(passwords, failures, settings));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager logins) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(logins)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/webchat/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/communes", "/api/communes/**").permitAll()
                        .requestMatchers("/api/handoff/**").hasRole("VOLUNTEER")
                        .requestMatchers("/api/teams/**").hasRole("TEAM_LEADER")
                        .requestMatchers("/api/kb/**").hasRole("EDITOR")
                        // Statistics: editors read them, team leaders their own commune (StatsAccess).
                        .requestMatchers(HttpMethod.GET, "/api/admin/stats", "/api/admin/stats.csv")
                                .hasAnyRole("EDITOR", "TEAM_LEADER")
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("dvc-bot").authenticationEntryPoint(jsonUnauthorized()))
                .exceptionHandling(e -> e.authenticationEntryPoint(jsonUnauthorized()).accessDeniedHandler(jsonForbidden()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic auth: no session cookie a forged cross-site request could ride on.
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new CrossSiteApiWrites(), org.springframework.security.web.authentication.www
                        .BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webhooksChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/webhooks/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain actuatorChain(HttpSecurity http, SecuritySettings settings, AuthenticationManager logins)
            throws Exception {
        http.securityMatcher("/actuator/**")
                .authenticationManager(logins)
                .authorizeHttpRequests(a -> {
                    a.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
                    if (settings.publicMetrics()) {
                        a.requestMatchers("/actuator/prometheus").permitAll();
                    }
                    a.anyRequest().hasRole("ADMIN");
                })
                .httpBasic(basic -> basic.realmName("dvc-bot").authenticationEntryPoint(jsonUnauthorized()))
                .exceptionHandling(e -> e.authenticationEntryPoint(jsonUnauthorized()).accessDeniedHandler(jsonForbidden()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * The chat page citizens use, which the provincial portal shows in a frame (embed.js), and the file that
     * proves the domain to Zalo (docs/zalo.md).
     */
    @Bean
    @Order(4)
    SecurityFilterChain citizenPagesChain(HttpSecurity http, SecuritySettings settings) throws Exception {
        http.securityMatcher("/", "/index.html", "/embed.js", "/webchat/**", "/favicon.ico", "/zalo_verifier*.html")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(h -> h
                        .frameOptions(f -> f.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors " + settings.frameAncestors()
                                + "; object-src 'none'; base-uri 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    @Bean
    @Order(5)
    SecurityFilterChain staffPagesChain(HttpSecurity http, AuthenticationManager logins) throws Exception {
        http.authenticationManager(logins)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/error", "/webjars/**", "/staff-assets/**").permitAll()
                        .requestMatchers("/console", "/console/**").hasRole("VOLUNTEER")
                        .requestMatchers("/teams", "/teams/**").hasRole("TEAM_LEADER")
                        .requestMatchers("/editor", "/editor/**").hasRole("EDITOR")
                        .requestMatchers("/admin/dashboard/conversations.csv").hasRole("ADMIN")
                        .requestMatchers("/admin/dashboard", "/admin/dashboard/**").hasAnyRole("EDITOR", "TEAM_LEADER")
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/staff")
                        .failureHandler(new LoginFailurePage()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(htmxUnauthorized(),
                        request -> request.getHeader("HX-Request") != null
                                || "text/event-stream".equals(request.getHeader("Accept"))))
                .headers(h -> h
                        .frameOptions(f -> f.deny())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(STAFF_CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    /** A console page whose session ended: tell htmx to go to the login page rather than swap it in. */
    private static AuthenticationEntryPoint htmxUnauthorized() {
        LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, e) -> {
            if (request.getHeader("HX-Request") == null) {
                login.commence(request, response, e);
                return;
            }
            response.setHeader("HX-Redirect", "/login");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        };
    }

    private static AuthenticationEntryPoint jsonUnauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"dvc-bot\", charset=\"UTF-8\"");
            json(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                    e instanceof org.springframework.security.authentication.LockedException
                            ? "Đăng nhập sai quá nhiều lần; vui lòng thử lại sau ít phút."
                            : "Cần đăng nhập bằng tài khoản cán bộ (HTTP Basic).");
        };
    }

    private static AccessDeniedHandler jsonForbidden() {
        return (request, response, e) -> json(response, HttpServletResponse.SC_FORBIDDEN, "forbidden",
                "Tài khoản này không có quyền thực hiện việc này.");
    }

    static void json(HttpServletResponse response, int status, String code, String message) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"" + code + "\",\"message\":\"" + message + "\"}");
    }

    static boolean isWrite(String method) {
        return !HttpMethod.GET.matches(method) && !HttpMethod.HEAD.matches(method) && !HttpMethod.OPTIONS.matches(method);
    }
}
