package vn.gialai.dvcbot.channels.webchat;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.gialai.dvcbot.core.conversation.ConversationStore;
import vn.gialai.dvcbot.core.limits.RateLimitSettings;
import vn.gialai.dvcbot.core.limits.RateLimiter;

/** The web chat is always on: it needs nothing but the conversation store, and the rate limiter for floods. */
@Configuration(proxyBeanMethods = false)
public class WebChatConfiguration {

    @Bean
    WebChatSessions webChatSessions(ConversationStore store) {
        return new WebChatSessions(store);
    }

    @Bean
    WebMvcConfigurer webChatLimits(RateLimiter limiter, RateLimitSettings settings) {
        WebChatLimits limits = new WebChatLimits(limiter, settings);
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(limits).addPathPatterns("/api/webchat/sessions",
                        "/api/webchat/sessions/{sessionId}/messages");
            }
        };
    }
}
