package vn.gialai.dvcbot.core.redis;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import vn.gialai.dvcbot.core.handoff.TicketChange;
import vn.gialai.dvcbot.core.handoff.TicketChanges;

/** Subscribes to the channel that the handoff scripts publish every change on. */
final class RedisTicketChanges implements TicketChanges {

    private final RedisMessageListenerContainer container;
    private final ChannelTopic topic;

    RedisTicketChanges(RedisMessageListenerContainer container, RedisKeys keys) {
        this.container = container;
        this.topic = new ChannelTopic(keys.global("handoff:changes"));
    }

    @Override
    public AutoCloseable subscribe(Consumer<TicketChange> listener) {
        org.springframework.data.redis.connection.MessageListener redisListener = (message, pattern) ->
                TicketChange.decode(new String(message.getBody(), StandardCharsets.UTF_8)).ifPresent(listener);
        container.addMessageListener(redisListener, topic);
        return () -> container.removeMessageListener(redisListener, topic);
    }
}
