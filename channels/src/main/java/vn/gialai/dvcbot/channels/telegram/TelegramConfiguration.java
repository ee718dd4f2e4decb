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
import vn.gialai.dvcbot.core.answers.AnswerCatalog;
import vn.gialai.dvcbot.channels.health.ChannelAlerts;
import vn.gialai.dvcbot.channels.health.ChannelWatch;
import vn.gialai.dvcbot.channels.health.RedisChannelHealthConfiguration;
import vn.gialai.dvcbot.core.conversation.ConversationEngine;
import vn.gialai.dvcbot.core.lease.Leases;
import vn.gialai.dvcbot.core.threads.DaemonThreads;

/**
 * The Telegram channel, on when TELEGRAM_BOT_TOKEN is set. Exposed only as the core's outbound channel and
 * reachability, the webhook endpoint, the volunteer alerts and the "telegram" health indicator.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramSwitch.On.class)
@Import({RedisTelegramConfiguration.class, RedisChannelHealthConfiguration.class})
@EnableConfigurationProperties(TelegramSettings.class)
public class TelegramConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);

    @Bean
    TelegramApi telegramApi(TelegramSettings settings) {
        return new TelegramApi(settings.botToken().strip(), settings.apiBaseUrl());
    }

    /** What arrived and what was refused, and when a message was last delivered: the honest health. */
    @Bean
    ChannelWatch telegramWatch(ChannelAlerts channelAlerts, TelegramSettings settings) {
        return channelAlerts.watch(TelegramSettings.CHANNEL, settings.quietAlertAfter());
    }

    @Bean
    TelegramReplies telegramReplies(RedisTelegramStore telegramStore, AnswerCatalog catalog) {
        return new TelegramReplies(telegramStore, catalog::texts);
    }

    /** Also the "telegram" ChannelReachability for the volunteer console. */
    @Bean
    TelegramOutboundChannel telegramOutboundChannel(TelegramApi telegramApi, TelegramReplies telegramReplies,
            RedisTelegramStore telegramStore, ChannelWatch telegramWatch, Clock clock) {
        return new TelegramOutboundChannel(telegramApi, telegramReplies, new TelegramPacer(), telegramStore,
                telegramWatch, clock);
    }

    @Bean
    TelegramUpdates telegramUpdates(TelegramSettings settings, TelegramApi telegramApi, TelegramReplies telegramReplies,
            RedisTelegramStore telegramStore, ConversationEngine engine, ChannelWatch telegramWatch) {
        return new TelegramUpdates(new TelegramInbound(botUsername(settings, telegramApi), telegramReplies), engine,
                telegramStore, telegramApi, telegramWatch);
    }

    @Bean
    @ConditionalOnExpression("'${dvc.telegram.mode:polling}'.equalsIgnoreCase('webhook')")
    TelegramWebhook telegramWebhook(TelegramSettings settings, TelegramUpdates telegramUpdates,
            ChannelWatch telegramWatch) {
        TelegramWebhook webhook = new TelegramWebhook(settings.webhookSecret(), telegramUpdates, telegramWatch);
        if (!webhook.hasSecret()) {
            log.error("TELEGRAM_MODE=webhook needs TELEGRAM_WEBHOOK_SECRET; every webhook request is refused until it is set");
        }
        return webhook;
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("!'${dvc.telegram.mode:polling}'.equalsIgnoreCase('webhook')")
    TelegramPoller telegramPoller(TelegramSettings settings, TelegramUpdates telegramUpdates, TelegramApi telegramApi,
            RedisTelegramStore telegramStore, Leases leases, Clock clock) {
        return new TelegramPoller(settings, telegramUpdates, telegramApi::checkToken, telegramStore, leases, clock);
    }

    @Bean
    @ConditionalOnExpression("!'${dvc.telegram.mode:polling}'.equalsIgnoreCase('webhook')")
    TelegramPolling telegramPolling(TelegramPoller telegramPoller, TelegramSettings settings) {
        log.info("Telegram channel is on: long polling {} (one instance at a time)", settings.apiBaseUrl());
        return new TelegramPolling(telegramPoller, settings);
    }

    @Bean
    TelegramHealthIndicator telegramHealthIndicator(TelegramSettings settings, ObjectProvider<TelegramPoller> poller,
            ChannelWatch telegramWatch) {
        return new TelegramHealthIndicator(settings, poller.getIfAvailable(), telegramWatch);
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService telegramAlertExecutor() {
        return new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(1000),
                DaemonThreads.named("telegram-alerts-"), new ThreadPoolExecutor.DiscardOldestPolicy());
    }

    @Bean
    @ConditionalOnExpression("'${dvc.telegram.volunteer-chat-id:}' != ''")
    VolunteerAlerts volunteerAlerts(TelegramApi telegramApi, RedisTelegramStore telegramStore, TelegramSettings settings,
            @Value("${dvc.public-base-url:}") String publicBaseUrl, ExecutorService telegramAlertExecutor, Clock clock,
            AnswerCatalog catalog) {
        return new VolunteerAlerts(telegramApi, telegramStore, settings.volunteerChatId(), publicBaseUrl,
                telegramAlertExecutor, clock, catalog::texts);
    }

    /**
     * In webhook mode, tells Telegram where to send updates, when the public address is known. A failure
     * (or a webhook mode that cannot work: no secret) turns the health DEGRADED until the next start sets it.
     */
    @EventListener(ApplicationReadyEvent.class)
    void registerWebhook(ApplicationReadyEvent event) {
        TelegramSettings settings = event.getApplicationContext().getBean(TelegramSettings.class);
        if (!settings.webhookMode()) {
            return;
        }
        ChannelWatch watch = event.getApplicationContext().getBean("telegramWatch", ChannelWatch.class);
        String base = event.getApplicationContext().getEnvironment().getProperty("dvc.public-base-url", "").strip();
        if (settings.webhookSecret() == null || settings.webhookSecret().isBlank()) {
            watch.setupProblem("TELEGRAM_WEBHOOK_SECRET is not set, so every webhook request is refused");
            return;
        }
        if (base.isEmpty()) {
            return;
        }
        String url = base.replaceAll("/+$", "") + "/webhooks/telegram";
        TelegramApi.Answer answer = event.getApplicationContext().getBean(TelegramApi.class)
                .setWebhook(url, settings.webhookSecret().strip());
        if (answer.ok()) {
            log.info("Telegram webhook set to {}", url);
            watch.setupProblem(null);
        } else {
            log.warn("Could not set the Telegram webhook to {}: {}", url, answer.description());
            watch.setupProblem("setWebhook to " + url + " failed: " + answer.description());
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
