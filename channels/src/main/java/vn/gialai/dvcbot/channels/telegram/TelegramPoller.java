package vn.gialai.dvcbot.channels.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.gialai.dvcbot.core.lease.Lease;
import vn.gialai.dvcbot.core.lease.Leases;
import vn.gialai.dvcbot.core.threads.DaemonThreads;

/**
 * Long polling that loses nothing. Only the holder of the {@code telegram:poller} lease polls. The library
 * moves its offset in memory before handing updates over, and Telegram forgets an update only at the next
 * getUpdates; so each batch is put in the engine's inbox before {@code consume} returns, and when that fails
 * the consumer throws, which ends the library's polling before it can confirm the batch. A watchdog then
 * starts a new session from the last update handed over, and restarts one that went quiet.
 */
final class TelegramPoller implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramPoller.class);
    static final String LEASE = "telegram:poller";
    private static final Duration QUIET_MARGIN = Duration.ofSeconds(30);
    static final Duration TOKEN_CHECK_EVERY = Duration.ofMinutes(1);

    enum Role { STANDBY, POLLING, FAILING }

    static final String TOKEN_REFUSED = "Telegram refuses the bot token (check TELEGRAM_BOT_TOKEN): ";

    /** Where updates go; throws when one cannot be kept. */
    interface UpdateSink {
        boolean handOver(Update update);
    }

    private final TelegramSettings settings;
    private final UpdateSink updates;
    private final java.util.function.Supplier<TelegramApi.Answer> tokenCheck;
    private Instant tokenCheckedAt = Instant.EPOCH;
    private final RedisTelegramStore store;
    private final Leases leases;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final OkHttpClient http;

    private Lease lease;
    private BotSession session;
    private ScheduledExecutorService executor;
    private volatile Role role = Role.STANDBY;
    private volatile boolean consumerFailed;
    private volatile Instant lastPoll = Instant.EPOCH;
    private volatile String lastError = "";
    private final AtomicInteger restarts = new AtomicInteger();

    /**
     * @param tokenCheck asks Telegram whether the token still works: the library retries a revoked token's
     *     getUpdates for ever, which would look like quiet polling
     */
    TelegramPoller(TelegramSettings settings, UpdateSink updates, java.util.function.Supplier<TelegramApi.Answer> tokenCheck,
            RedisTelegramStore store, Leases leases, Clock clock) {
        this.settings = settings;
        this.updates = updates;
        this.tokenCheck = tokenCheck;
        this.store = store;
        this.leases = leases;
        this.clock = clock;
        this.http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
                .readTimeout(settings.pollTimeout().plus(Duration.ofSeconds(15))).build();
    }

    /** What the health indicator shows. */
    record Status(Role role, Instant lastPoll, String lastError, int restarts) {
    }

    Status status() {
        return new Status(role, lastPoll, lastError, restarts.get());
    }

    /** Runs every {@code watchdogInterval}: takes or keeps the lease, starts, and restarts a failed or quiet session. */
    synchronized void watch() {
        try {
            if (lease == null) {
                lease = leases.tryAcquire(LEASE, settings.pollerLease()).orElse(null);
                if (lease == null) {
                    role = Role.STANDBY;
                    return;
                }
                log.info("This instance now polls Telegram");
                startSession();
                return;
            }
            if (!lease.renew()) {
                log.warn("Lost the Telegram polling lease; another instance polls now");
                stopSession();
                lease = null;
                role = Role.STANDBY;
                return;
            }
            if (tokenRefused()) {
                return;
            }
            if (session == null || consumerFailed || quiet()) {
                restarts.incrementAndGet();
                log.warn("Restarting Telegram polling ({})", session == null ? "not running" : consumerFailed
                        ? "an update could not be handed over: " + lastError : "no poll for too long");
                stopSession();
                startSession();
            }
        } catch (RuntimeException e) {
            lastError = e.toString();
            role = Role.FAILING;
            log.warn("Telegram polling watchdog failed: {}", e.toString());
        }
    }

    /** Every minute while polling: a token Telegram refuses turns the health DOWN with what to do. */
    private boolean tokenRefused() {
        if (Duration.between(tokenCheckedAt, clock.instant()).compareTo(TOKEN_CHECK_EVERY) < 0) {
            return role == Role.FAILING && lastError.startsWith(TOKEN_REFUSED);
        }
        tokenCheckedAt = clock.instant();
        TelegramApi.Answer answer = tokenCheck.get();
        if (answer.refused()) {
            lastError = TOKEN_REFUSED + answer.description();
            role = Role.FAILING;
            log.warn("Telegram refuses the bot token ({}); check TELEGRAM_BOT_TOKEN", answer.description());
            return true;
        }
        if (role == Role.FAILING && lastError.startsWith(TOKEN_REFUSED)) {
            role = session == null ? Role.FAILING : Role.POLLING;
        }
        return false;
    }

    private boolean quiet() {
        return Duration.between(lastPoll, clock.instant()).compareTo(settings.pollTimeout().plus(QUIET_MARGIN)) > 0;
    }

    private void startSession() {
        consumerFailed = false;
        lastPoll = clock.instant();
        executor = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("telegram-poll-"));
        BotSession started = new BotSession(json, http, executor, settings.botToken().strip(),
                () -> TelegramApi.url(settings.apiBaseUrl()), this::nextPoll, ExponentialBackOff::new, consumer());
        started.setLastReceivedUpdate(new AtomicInteger(store.handedOver()));
        try {
            started.start();
            session = started;
            role = Role.POLLING;
        } catch (Exception e) {
            lastError = e.toString();
            role = Role.FAILING;
            executor.shutdownNow();
            log.warn("Could not start Telegram polling, trying again shortly: {}", e.toString());
        }
    }

    private GetUpdates nextPoll(Integer lastReceived) {
        lastPoll = clock.instant();
        return GetUpdates.builder().offset(lastReceived + 1).limit(100)
                .timeout((int) settings.pollTimeout().toSeconds())
                .allowedUpdates(List.of("message", "callback_query")).build();
    }

    private LongPollingUpdateConsumer consumer() {
        return batch -> {
            try {
                for (Update update : batch.stream().sorted(Comparator.comparing(Update::getUpdateId)).toList()) {
                    updates.handOver(update);
                    store.handedOver(update.getUpdateId());
                }
            } catch (RuntimeException e) {
                consumerFailed = true;
                lastError = e.toString();
                role = Role.FAILING;
                log.warn("Could not hand Telegram updates over; polling stops until the watchdog restarts it: {}",
                        e.toString());
                throw e;
            }
        };
    }

    private void stopSession() {
        if (session != null) {
            try {
                session.close();
            } catch (Exception e) {
                log.debug("Telegram session did not close cleanly: {}", e.toString());
            }
            session = null;
        }
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized void close() {
        stopSession();
        if (lease != null) {
            lease.close();
            lease = null;
        }
        role = Role.STANDBY;
    }
}
