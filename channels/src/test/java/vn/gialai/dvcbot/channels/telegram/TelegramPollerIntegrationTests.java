package vn.gialai.dvcbot.channels.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.gialai.dvcbot.core.conversation.ConversationSettings;
import vn.gialai.dvcbot.core.redis.RedisKeys;
import vn.gialai.dvcbot.core.redis.TestAdapters;
import vn.gialai.dvcbot.core.testing.TestRedis;

/**
 * The poller against a Bot API stub that behaves like Telegram: it serves an update until a getUpdates with a
 * higher offset confirms it. When handing an update over fails, Telegram must not be told it arrived, and the
 * watchdog must bring polling back and hand it over then.
 */
class TelegramPollerIntegrationTests {

    private static final int UPDATE = 4242;

    private final WireMockServer telegram = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private final String prefix = TestRedis.uniquePrefix();
    private final LettuceConnectionFactory factory = TestRedis.connectionFactory();
    private final StringRedisTemplate redis = TestRedis.template(factory);
    private final RedisTelegramStore store = new RedisTelegramStore(redis, new RedisKeys(prefix));
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
    private TelegramPoller poller;

    @AfterEach
    void cleanUp() {
        watchdog.shutdownNow();
        if (poller != null) {
            poller.close();
        }
        telegram.stop();
        TestRedis.deleteKeys(redis, prefix);
        factory.destroy();
    }

    @Test
    void anUpdateThatCouldNotBeHandedOverIsNotConfirmedAndArrivesAfterTheWatchdogRestartsPolling() {
        telegram.start();
        TelegramFixtures.acceptEverything(telegram);
        String update = TelegramFixtures.json("private_text").replace("\"update_id\": 1001", "\"update_id\": " + UPDATE);
        telegram.stubFor(TelegramFixtures.method("getUpdates").atPriority(1)
                .withRequestBody(matchingJsonPath("$[?(@.offset <= " + UPDATE + ")]"))
                .willReturn(okJson("{\"ok\":true,\"result\":[" + update + "]}")));
        store.handedOver(UPDATE - 1);
        AtomicBoolean storageDown = new AtomicBoolean(true);
        List<Integer> handedOver = new CopyOnWriteArrayList<>();
        AtomicReference<Instant> handedOverAt = new AtomicReference<>();
        poller = new TelegramPoller(settings(), u -> {
            if (storageDown.getAndSet(false)) {
                throw new IllegalStateException("Redis is down");
            }
            handedOver.add(u.getUpdateId());
            handedOverAt.compareAndSet(null, Instant.now());
            return true;
        }, TelegramPollerIntegrationTests::tokenWorks, store,
                TestAdapters.on(redis, prefix, ConversationSettings.defaults(), Clock.systemUTC()).leases(),
                Clock.systemUTC());

        watchdog.scheduleWithFixedDelay(poller::watch, 0, 100, TimeUnit.MILLISECONDS);

        await().atMost(Duration.ofSeconds(20)).until(() -> !handedOver.isEmpty());
        assertThat(handedOver).containsExactly(UPDATE);
        assertThat(poller.status().lastError()).contains("Redis is down");
        assertThat(poller.status().restarts()).isGreaterThanOrEqualTo(1);
        assertThat(store.handedOver()).isEqualTo(UPDATE);
        await().atMost(Duration.ofSeconds(10)).until(() -> !confirmations().isEmpty());
        assertThat(confirmations().get(0).getLoggedDate().toInstant()).isAfterOrEqualTo(handedOverAt.get()
                .minusMillis(5));
    }

    @Test
    void onlyOneInstancePolls() {
        telegram.start();
        TelegramFixtures.acceptEverything(telegram);
        var leases = TestAdapters.on(redis, prefix, ConversationSettings.defaults(), Clock.systemUTC()).leases();
        poller = new TelegramPoller(settings(), u -> true, TelegramPollerIntegrationTests::tokenWorks, store, leases,
                Clock.systemUTC());
        TelegramPoller other = new TelegramPoller(settings(), u -> true, TelegramPollerIntegrationTests::tokenWorks,
                store, leases, Clock.systemUTC());
        try {
            poller.watch();
            other.watch();

            assertThat(poller.status().role()).isEqualTo(TelegramPoller.Role.POLLING);
            assertThat(other.status().role()).isEqualTo(TelegramPoller.Role.STANDBY);

            poller.close();
            other.watch();
            assertThat(other.status().role()).isEqualTo(TelegramPoller.Role.POLLING);
        } finally {
            other.close();
        }
    }

    @Test
    void aTokenTelegramRefusesTurnsTheHealthDownWithWhatToDo() {
        telegram.start();
        TelegramFixtures.acceptEverything(telegram);
        telegram.stubFor(TelegramFixtures.method("getMe").atPriority(1).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}")));
        TelegramApi api = new TelegramApi(TelegramFixtures.TOKEN, telegram.baseUrl());
        poller = new TelegramPoller(settings(), u -> true, api::checkToken, store,
                TestAdapters.on(redis, prefix, ConversationSettings.defaults(), Clock.systemUTC()).leases(),
                Clock.systemUTC());

        poller.watch();
        poller.watch();

        assertThat(poller.status().role()).isEqualTo(TelegramPoller.Role.FAILING);
        var health = new TelegramHealthIndicator(settings(), poller, vn.gialai.dvcbot.channels.health
                .RedisChannelHealthConfiguration.alerts(redis, new RedisKeys(prefix), Clock.systemUTC()).watch("telegram", Duration.ZERO)).health();
        assertThat(health.getStatus().getCode()).isEqualTo("DOWN");
        assertThat(String.valueOf(health.getDetails().get("lastError"))).contains("TELEGRAM_BOT_TOKEN", "Unauthorized");
    }

    private static TelegramApi.Answer tokenWorks() {
        return new TelegramApi.Answer(true, null, 0, Duration.ZERO, "");
    }

    /** getUpdates calls that tell Telegram the update arrived. */
    private List<LoggedRequest> confirmations() {
        JsonMapper json = JsonMapper.builder().build();
        return telegram.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                        com.github.tomakehurst.wiremock.client.WireMock.urlMatching("(?i).*/getUpdates")))
                .stream().filter(r -> json.readTree(r.getBodyAsString()).path("offset").asInt() > UPDATE).toList();
    }

    private TelegramSettings settings() {
        return new TelegramSettings(TelegramFixtures.TOKEN, telegram.baseUrl(), "polling", null, null,
                TelegramFixtures.USERNAME, Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofMillis(100),
                Duration.ZERO);
    }
}
