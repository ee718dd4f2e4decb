package vn.gialai.dvcbot.core.outbox;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gialai.dvcbot.core.threads.DaemonThreads;

/** One dispatcher for all channels that are switched on. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxSettings.class)
public class OutboxConfiguration {

    @Bean(destroyMethod = "close")
    OutboxDispatcher outboxDispatcher(Outbox outbox, List<OutboundChannel> channels,
            OutboxSettings settings, Clock clock) {
        Map<String, OutboundChannel> byName = channels.stream()
                .collect(Collectors.toMap(OutboundChannel::channel, Function.identity()));
        return new OutboxDispatcher(outbox, byName, settings,
                Executors.newFixedThreadPool(settings.threads(), DaemonThreads.named("outbox-")), clock);
    }
}
