package vn.gialai.dvcbot.core.conversation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.gialai.dvcbot.core.settings.SettingsDefaults;

/**
 * How conversations are kept and handled.
 *
 * @param maxReplyChars longer replies are split; 2,000 is Zalo's limit, the smallest of the channels
 * @param transcriptMaxMessages older transcript messages are dropped beyond this many
 * @param retention how long state and transcript live after the last message (personal data)
 * @param dedupeWindow how long a platform message id is remembered to drop retries
 * @param handleTimeout how long a synchronous caller (web chat) waits for its replies before returning
 *     without them; the message stays queued and is answered anyway
 * @param lockLease how long one instance may hold a conversation without renewing: messages a dead instance
 *     was handling are picked up by another (or by its restart) this long after the crash at the latest. Each
 *     step renews it and every commit checks it, so a step slower than this is done again, never twice.
 * @param workers conversations handled at once in the background by one instance (messaging platforms; a web
 *     chat message is handled on its request's thread)
 */
@ConfigurationProperties("dvc.conversation")
public record ConversationSettings(
        @DefaultValue("2000") int maxReplyChars,
        @DefaultValue("500") int transcriptMaxMessages,
        @DefaultValue("90d") Duration retention,
        @DefaultValue("7d") Duration dedupeWindow,
        @DefaultValue("10s") Duration handleTimeout,
        @DefaultValue("10s") Duration lockLease,
        @DefaultValue("4") int workers) {

    /** The settings when nothing is set: the {@code @DefaultValue}s above. */
    public static ConversationSettings defaults() {
        return SettingsDefaults.of(ConversationSettings.class);
    }
}
