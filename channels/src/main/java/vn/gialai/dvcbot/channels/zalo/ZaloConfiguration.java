package vn.gialai.dvcbot.channels.zalo;

import vn.gialai.dvcbot.core.threads.Periodic;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;
import vn.gialai.dvcbot.core.answers.AnswerCatalog;
import vn.gialai.dvcbot.channels.health.ChannelAlerts;
import vn.gialai.dvcbot.channels.health.ChannelWatch;
import vn.gialai.dvcbot.channels.health.RedisChannelHealthConfiguration;
import vn.gialai.dvcbot.core.conversation.ConversationEngine;
import vn.gialai.dvcbot.core.lease.Leases;
import vn.gialai.dvcbot.core.outbox.OutboundChannel;
import vn.gialai.dvcbot.core.threads.DaemonThreads;

/**
 * The Zalo channel, on when ZALO_APP_ID, ZALO_APP_SECRET, ZALO_OA_SECRET_KEY and ZALO_REFRESH_TOKEN are set.
 * Its parts are exposed only as the core ports, {@link ZaloAdministration} and the "zalo" health indicator.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ZaloSwitch.On.class)
@Import({RedisZaloConfiguration.class, RedisChannelHealthConfiguration.class})
@EnableConfigurationProperties(ZaloSettings.class)
public class ZaloConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ZaloConfiguration.class);

    @Bean(destroyMethod = "")
    OkHttpClient zaloHttpClient() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(15))
                .callTimeout(Duration.ofSeconds(20))
                .retryOnConnectionFailure(false)
                .build();
    }

    @Bean
    ZaloTokens zaloTokens(RedisZaloTokenStore zaloTokenStore, OkHttpClient zaloHttpClient, Leases leases,
            ZaloSettings settings, Clock clock) {
        ZaloOAuth oauth = new ZaloOAuth(zaloHttpClient, settings.oauthBaseUrl(), JsonMapper.builder().build(),
                settings.appId().strip(), settings.appSecret().strip());
        return new ZaloTokens(zaloTokenStore, oauth, leases, settings, clock);
    }

    /** Refreshes ahead of expiry, so sends rarely meet an expired token; also adopts a new refresh token. */
    @Bean
    Periodic zaloTokenCheck(ZaloTokens zaloTokens, ZaloSettings settings) {
        return new Periodic(zaloTokens::refreshIfDue, settings.tokenCheckInterval(), settings.tokenCheckDelay());
    }

    @Bean
    ZaloApi zaloApi(OkHttpClient zaloHttpClient, ZaloSettings settings) {
        return new ZaloApi(zaloHttpClient, settings.apiBaseUrl(), JsonMapper.builder().build());
    }

    /** What the webhook accepted and refused, and when a message was last delivered: the honest health. */
    @Bean
    ChannelWatch zaloWatch(ChannelAlerts channelAlerts, ZaloSettings settings) {
        return channelAlerts.watch(ZaloSettings.CHANNEL, settings.quietAlertAfter());
    }

    /** Also the "zalo" {@link vn.gialai.dvcbot.core.outbox.ChannelReachability} for the volunteer console. */
    @Bean
    ZaloMessagingWindow zaloMessagingWindow(RedisZaloContacts zaloContacts, ZaloSettings settings, Clock clock) {
        return new ZaloMessagingWindow(zaloContacts, settings, clock);
    }

    /** Also the core's "zalo" {@link vn.gialai.dvcbot.core.outbox.OutboundChannel}. */
    @Bean
    ZaloOutboundChannel zaloOutboundChannel(ZaloApi zaloApi, ZaloTokens zaloTokens,
            ZaloMessagingWindow zaloMessagingWindow, RedisZaloContacts zaloContacts, ChannelWatch zaloWatch,
            Leases leases, ZaloSettings settings, Clock clock, AnswerCatalog catalog) {
        return new ZaloOutboundChannel(zaloApi, zaloTokens, new ZaloReplies(JsonMapper.builder().build(), catalog::texts),
                zaloMessagingWindow, zaloContacts, zaloWatch, leases, settings.buttons(), clock);
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService zaloProfileExecutor() {
        return new ThreadPoolExecutor(1, 2, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(1000),
                DaemonThreads.named("zalo-profile-"), new ThreadPoolExecutor.DiscardPolicy());
    }

    /** Also the "zalo" {@link vn.gialai.dvcbot.core.conversation.CitizenProfiles}. */
    @Bean
    ZaloProfiles zaloProfiles(ZaloApi zaloApi, ZaloTokens zaloTokens, RedisZaloContacts zaloContacts,
            ZaloSettings settings, ExecutorService zaloProfileExecutor) {
        return new ZaloProfiles(zaloApi, zaloTokens, zaloContacts, settings.profileCacheTtl(), zaloProfileExecutor);
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService zaloHeldExecutor() {
        return new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(1000),
                DaemonThreads.named("zalo-held-"), new ThreadPoolExecutor.DiscardPolicy());
    }

    @Bean
    ZaloWebhook zaloWebhook(ZaloSettings settings, ConversationEngine engine, ZaloMessagingWindow zaloMessagingWindow,
            ZaloProfiles zaloProfiles, ZaloOutboundChannel zaloOutboundChannel, RedisZaloContacts zaloContacts,
            ExecutorService zaloHeldExecutor, ChannelWatch zaloWatch, Clock clock) {
        log.info("Zalo channel is on: webhook at POST /webhooks/zalo, OA API at {}", settings.apiBaseUrl());
        return new ZaloWebhook(new ZaloSignature(settings.oaSecretKey().strip()), settings, engine,
                zaloMessagingWindow, zaloProfiles, key -> zaloHeldExecutor.execute(() -> {
                    if (!zaloContacts.held(key).isEmpty()) {
                        zaloOutboundChannel.sendHeld(key);
                    }
                }), zaloWatch, JsonMapper.builder().build(), clock);
    }

    /** The OA's profile and users' quotas, for the admin page. */
    @Bean
    ZaloAccount zaloAccount(ZaloApi zaloApi, ZaloTokens zaloTokens) {
        return new ZaloAccountReader(zaloApi, zaloTokens::accessToken);
    }

    @Bean
    ZaloHealthIndicator zaloHealthIndicator(ZaloTokens zaloTokens, ChannelWatch zaloWatch) {
        return new ZaloHealthIndicator(zaloTokens, zaloWatch);
    }
}
