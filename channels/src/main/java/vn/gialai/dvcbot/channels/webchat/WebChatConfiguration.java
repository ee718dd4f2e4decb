package vn.gialai.dvcbot.channels.webchat;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gialai.dvcbot.core.conversation.ConversationStore;

/** The web chat is always on: it needs nothing but the conversation store. */
@Configuration(proxyBeanMethods = false)
public class WebChatConfiguration {

    @Bean
    WebChatSessions webChatSessions(ConversationStore store) {
        return new WebChatSessions(store);
    }
}
