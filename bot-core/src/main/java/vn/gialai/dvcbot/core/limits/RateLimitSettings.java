package vn.gialai.dvcbot.core.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one citizen or one address may do, each as {@code count/duration} (a token bucket: the count at once,
 * then refilled evenly over the duration); {@code 0/…} turns a limit off. An address is the client's as the app
 * sees it: behind a proxy, set forwarded headers (docs/security.md) or every citizen shares the proxy's.
 * Zalo and Telegram are never limited by address: their requests all come from the platforms' servers.
 *
 * @param webChatSessionsPerAddress new web chat sessions from one address (a commune desk's wifi is one address)
 * @param webChatMessagesPerSession messages into one web chat session
 * @param webChatMessagesPerAddress messages from one address, over all its sessions
 * @param ticketsPerConversation volunteer requests opened by one conversation (any channel)
 * @param ticketsPerAddress volunteer requests opened from one web chat address
 * @param missedPerConversation questions one conversation adds to the editors' missed-question inbox
 */
@ConfigurationProperties("dvc.limits.rate")
public record RateLimitSettings(
        @DefaultValue("30/1h") Rate webChatSessionsPerAddress,
        @DefaultValue("20/5m") Rate webChatMessagesPerSession,
        @DefaultValue("120/5m") Rate webChatMessagesPerAddress,
        @DefaultValue("3/1h") Rate ticketsPerConversation,
        @DefaultValue("10/1h") Rate ticketsPerAddress,
        @DefaultValue("10/1h") Rate missedPerConversation) {

    public RateLimit sessionsPerAddress() {
        return webChatSessionsPerAddress.named("webchat-sessions-per-address");
    }

    public RateLimit messagesPerSession() {
        return webChatMessagesPerSession.named("webchat-messages-per-session");
    }

    public RateLimit messagesPerAddress() {
        return webChatMessagesPerAddress.named("webchat-messages-per-address");
    }

    public RateLimit ticketsPerConversationLimit() {
        return ticketsPerConversation.named("tickets-per-conversation");
    }

    public RateLimit ticketsPerAddressLimit() {
        return ticketsPerAddress.named("tickets-per-address");
    }

    public RateLimit missedPerConversationLimit() {
        return missedPerConversation.named("missed-per-conversation");
    }
}
