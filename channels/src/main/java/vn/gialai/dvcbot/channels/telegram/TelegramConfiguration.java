package vn.gialai.dvcbot.channels.telegram;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.beans.factory.ObjectProvider;
import vn.gialai.dvcbot.core.conversation.ConversationEngine;
import vn.gialai.dvcbot.core.lease.Leases;
import vn.gialai.dvcbot.core.threads.DaemonThreads;

/**
 * The Telegram channel, on when TELEGRAM_BOT_TOKEN is set. Exposed only as the core's outbound channel and
 * reachability, the webhook endpoint, the volunteer alerts and the "telegram" health indicator.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramSwitch.On.class)
@Import(RedisTelegramConfiguration.class)
@EnableConfigurationProperties(TelegramSettings.class)
public class TelegramConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);

    @Bean
    TelegramApi telegramApi(TelegramSettings settings) {
        return new TelegramApi(settings.botToken().strip(), settings.apiBaseUrl());
    }

    @Bean
    TelegramReplies telegramReplies(RedisTelegramStore telegramStore) {
        return new TelegramReplies(telegramStore);
    }

    /** Also the "telegram" ChannelReachability for the volunteer console. */
    @Bean
    TelegramOutboundChannel telegramOutboundChannel(TelegramApi telegramApi, TelegramReplies telegramReplies,
            RedisTelegramStore telegramStore, Clock clock) {
        return new TelegramOutboundChannel(telegramApi, telegramReplies, new TelegramPacer(), telegramStore, clock);
    }

    @Bean
    TelegramUpdates telegramUpdates(TelegramSettings settings, TelegramApi telegramApi, TelegramReplies telegramReplies,
            RedisTelegramStore telegramStore, ConversationEngine engine) {
        return new TelegramUpdates(new TelegramInbound(botUsername(settings, telegramApi), telegramReplies), engine,
                telegramStore, telegramApi);
    }

    @Bean
    @ConditionalOnExpression("'${telegram.mode:polling}'.equalsIgnoreCase('webhook')")
    TelegramWebhook telegramWebhook(TelegramSettings settings, TelegramUpdates telegramUpdates) {
        TelegramWebhook webhook = new TelegramWebhook(settings.webhookSecret(), telegramUpdates);
        if (!webhook.hasSecret()) {
            log.error("TELEGRAM_MODE=webhook needs TELEGRAM_WEBHOOK_SECRET; every webhook request is refused until it is set");
        }
        return webhook;
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("!'${telegram.mode:polling}'.equalsIgnoreCase('webhook')")
    TelegramPoller telegramPoller(TelegramSettings settings, TelegramUpdates telegramUpdates, TelegramApi telegramApi,
            RedisTelegramStore telegramStore, Leases leases, Clock clock) {
        return new TelegramPoller(settings, telegramUpdates, telegramApi::checkToken, telegramStore, leases, clock);
    }

    @Bean
    @ConditionalOnExpression("!'${telegram.mode:polling}'.equalsIgnoreCase('webhook')")
    TelegramPolling telegramPolling(TelegramPoller telegramPoller, TelegramSettings settings) {
        log.info("Telegram channel is on: long polling {} (one instance at a time)", settings.apiBaseUrl());
        return new TelegramPolling(telegramPoller, settings);
    }

    @Bean
    TelegramHealthIndicator telegramHealthIndicator(TelegramSettings settings, ObjectProvider<TelegramPoller> poller) {
        return new TelegramHealthIndicator(settings, poller.getIfAvailable());
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService telegramAlertExecutor() {
        return new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(1000),
                DaemonThreads.named("telegram-alerts-"), new ThreadPoolExecutor.DiscardOldestPolicy());
    }

    @Bean
    @ConditionalOnExpression("'${telegram.volunteer-chat-id:}' != ''")
    VolunteerAlerts volunteerAlerts(TelegramApi telegramApi, RedisTelegramStore telegramStore, TelegramSettings settings,
            @Value("${dvc.public-base-url:}") String publicBaseUrl, ExecutorService telegramAlertExecutor, Clock clock) {
        return new VolunteerAlerts(telegramApi, telegramStore, settings.volunteerChatId(), publicBaseUrl,
                telegramAlertExecutor, clock);
    }

    /** In webhook mode, tells Telegram where to send updates, when the public address is known. */
    @EventListener(ApplicationReadyEvent.class)
    void registerWebhook(ApplicationReadyEvent event) {
        TelegramSettings settings = event.getApplicationContext().getBean(TelegramSettings.class);
        String base = event.getApplicationContext().getEnvironment().getProperty("dvc.public-base-url", "").strip();
        if (!settings.webhookMode() || base.isEmpty() || settings.webhookSecret() == null
                || settings.webhookSecret().isBlank()) {
            return;
        }
        String url = base.replaceAll("/+$", "") + "/webhooks/telegram";
        TelegramApi.Answer answer = event.getApplicationContext().getBean(TelegramApi.class)
                .setWebhook(url, settings.webhookSecret().strip());
        if (answer.ok()) {
            log.info("Telegram webhook set to {}", url);
        } else {
            log.warn("Could not set the Telegram webhook to {}: {}", url, answer.description());
        }
    }

    /** The configured @username, else asked from Telegram once it answers. */
    private static Supplier<String> botUsername(TelegramSettings settings, TelegramApi api) {
        String configured = settings.botUsername() == null ? "" : settings.botUsername().strip().replaceFirst("^@", "");
        if (!configured.isEmpty()) {
            return () -> configured;
        }
        AtomicReference<String> known = new AtomicReference<>("");
        return () -> {
            if (known.get().isEmpty()) {
                known.set(api.username());
            }
            return known.get();
        };
    }
}
