package vn.gialai.dvcbot.channels.zalo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gialai.dvcbot.core.lease.Lease;
import vn.gialai.dvcbot.core.lease.Leases;

/**
 * The OA token pair. Zalo's refresh tokens work once, so a refresh happens only under a lease shared by all
 * instances (and a local lock, so threads of one instance queue instead of polling Redis); whoever gets it
 * first checks whether someone else already refreshed, and the new pair is in Redis before anyone uses it.
 * A refresh Zalo refuses is recorded for every instance and turns the channel's health DOWN until an admin
 * enters a new refresh token.
 */
// Over 250 lines on purpose: one protocol (seed, refresh once across instances, save before use, failure states).
final class ZaloTokens implements ZaloAdministration {

    private static final Logger log = LoggerFactory.getLogger(ZaloTokens.class);
    static final String LEASE = "zalo:token-refresh";
    private static final Duration LEASE_TTL = Duration.ofSeconds(60);
    private static final Duration WAIT_FOR_OTHERS = Duration.ofSeconds(20);
    private static final long POLL_MS = 100;
    /** A token this close to expiry is not handed out for a send: it could expire on the way. */
    private static final Duration IN_FLIGHT = Duration.ofSeconds(30);
    private static final int SAVE_ATTEMPTS = 5;
    private static final long REUSED_FOR_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final RedisZaloTokenStore store;
    private final ZaloOAuth oauth;
    private final Leases leases;
    private final ZaloSettings settings;
    private final Clock clock;
    private final ReentrantLock local = new ReentrantLock(true);
    private volatile Recent recent;
    private final String seed;
    private volatile boolean seeded;
    private volatile String temporaryProblem;
    private volatile Instant temporaryProblemSince;

    ZaloTokens(RedisZaloTokenStore store, ZaloOAuth oauth, Leases leases, ZaloSettings settings, Clock clock) {
        this.store = store;
        this.oauth = oauth;
        this.leases = leases;
        this.settings = settings;
        this.clock = clock;
        this.seed = sha256(settings.refreshToken());
    }

    /** An access token to send with now, refreshed first when there is none or it is about to expire. */
    String accessToken() throws TokenUnavailable {
        StoredTokens tokens = recent();
        if (tokens.failed()) {
            throw TokenUnavailable.forGood(tokens.failure());
        }
        if (tokens.usable(clock.instant(), IN_FLIGHT)) {
            return tokens.accessToken();
        }
        return refresh(tokens.accessToken());
    }

    /** Zalo rejected {@code rejected}: refresh, unless another thread or instance already did. */
    String afterRejection(String rejected) throws TokenUnavailable {
        return refresh(rejected);
    }

    /** Refreshes ahead of expiry, so sends rarely meet an expired token; also adopts a new ZALO_REFRESH_TOKEN. */
    void refreshIfDue() {
        try {
            StoredTokens tokens = current();
            if (!tokens.failed() && !tokens.usable(clock.instant(), settings.tokenRefreshAhead())) {
                refresh(tokens.accessToken());
            }
        } catch (TokenUnavailable e) {
            log.warn("Zalo token refresh did not succeed ({}): {}", e.isForGood() ? "admin action needed" : "will retry",
                    e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Zalo token check failed, will retry: {}", e.toString());
        }
    }

    @Override
    public ZaloTokenStatus status() {
        StoredTokens tokens = current();
        boolean working = !tokens.failed() && tokens.usable(clock.instant(), Duration.ZERO);
        String problem = tokens.failed() ? tokens.failure() : temporaryProblem;
        Instant since = tokens.failed() ? tokens.failedAt() : temporaryProblemSince;
        return new ZaloTokenStatus(working, tokens.expiresAt(), tokens.refreshedAt(), problem, since, tokens.failed());
    }

    @Override
    public ZaloTokenStatus replaceRefreshToken(String refreshToken) {
        String given = Objects.requireNonNull(refreshToken, "refreshToken").strip();
        if (given.isEmpty()) {
            throw new IllegalArgumentException("The refresh token is empty");
        }
        return refreshExclusively(() -> {
            store.replace(new StoredTokens(null, given, null, null, seed, null, null));
            log.info("An administrator entered a new Zalo refresh token; refreshing with it now");
            return null;
        });
    }

    @Override
    public ZaloTokenStatus retryRefresh() {
        return refreshExclusively(() -> {
            StoredTokens tokens = store.load();
            store.replace(new StoredTokens(tokens.accessToken(), tokens.refreshToken(), tokens.expiresAt(),
                    tokens.refreshedAt(), tokens.seed(), null, null));
            return tokens.accessToken();
        });
    }

    private ZaloTokenStatus refreshExclusively(Preparation preparation) {
        recent = null;
        try {
            exclusively(() -> refreshHeld(preparation.prepare()));
        } catch (TokenUnavailable e) {
            log.warn("Zalo token refresh requested by an administrator did not succeed: {}", e.getMessage());
        }
        return status();
    }

    private String refresh(String stale) throws TokenUnavailable {
        return exclusively(() -> refreshHeld(stale));
    }

    /** Runs while holding the refresh lease; the stored pair is read again, as someone may just have refreshed. */
    private String refreshHeld(String stale) throws TokenUnavailable {
        StoredTokens tokens = store.load();
        if (tokens.failed()) {
            throw TokenUnavailable.forGood(tokens.failure());
        }
        if (tokens.usable(clock.instant(), IN_FLIGHT) && !Objects.equals(tokens.accessToken(), stale)) {
            return tokens.accessToken();
        }
        if (tokens.refreshToken() == null) {
            return failForGood("No Zalo refresh token is stored");
        }
        ZaloOAuth.Outcome outcome = oauth.refresh(tokens.refreshToken());
        if (outcome instanceof ZaloOAuth.Outcome.Issued issued) {
            Instant now = clock.instant();
            save(new StoredTokens(issued.accessToken(), issued.refreshToken(), now.plus(issued.expiresIn()), now,
                    tokens.seed() == null ? seed : tokens.seed(), null, null));
            temporaryProblem = null;
            temporaryProblemSince = null;
            log.info("Zalo access token refreshed; it expires at {}", now.plus(issued.expiresIn()));
            return issued.accessToken();
        }
        if (outcome instanceof ZaloOAuth.Outcome.Rejected rejected) {
            return failForGood(rejected.reason());
        }
        String reason = ((ZaloOAuth.Outcome.Unavailable) outcome).reason();
        if (temporaryProblem == null) {
            temporaryProblemSince = clock.instant();
        }
        temporaryProblem = reason;
        throw TokenUnavailable.forNow(reason);
    }

    private String failForGood(String reason) throws TokenUnavailable {
        store.fail(reason, clock.instant());
        recent = null;
        log.error("Zalo channel stopped: {}. Open /admin/zalo and enter a new refresh token.", reason);
        throw TokenUnavailable.forGood(reason);
    }

    /**
     * The pair must be stored before it is used: the refresh token just spent is worthless, and a new one
     * lost here would stop the channel until an admin re-authorises it.
     */
    private void save(StoredTokens tokens) throws TokenUnavailable {
        for (int attempt = 1; ; attempt++) {
            try {
                store.replace(tokens);
                recent = null;
                return;
            } catch (RuntimeException e) {
                if (attempt == SAVE_ATTEMPTS) {
                    log.error("Zalo issued a new token pair but Redis could not store it: {}", e.toString());
                    throw TokenUnavailable.forNow("the new Zalo token pair could not be saved");
                }
                pause(200L * attempt);
            }
        }
    }

    /**
     * The pair as read (or saved) here less than {@link #REUSED_FOR_NANOS} ago, else read again: a send does not
     * read Redis each time. A pair another instance replaced meanwhile costs at most one rejected send, which
     * reads Redis again under the refresh lease ({@link #afterRejection}).
     */
    private StoredTokens recent() {
        Recent last = recent;
        if (last != null && System.nanoTime() - last.readAt() < REUSED_FOR_NANOS) {
            return last.tokens();
        }
        StoredTokens tokens = current();
        recent = new Recent(tokens, System.nanoTime());
        return tokens;
    }

    private record Recent(StoredTokens tokens, long readAt) {
    }

    private StoredTokens current() {
        if (!seeded) {
            seed();
        }
        return store.load();
    }

    /** Adopts ZALO_REFRESH_TOKEN unless the stored pair already descends from it (and has long rotated). */
    private void seed() {
        if (seed.equals(store.load().seed())) {
            seeded = true;
            return;
        }
        try {
            exclusively(() -> {
                if (!seed.equals(store.load().seed())) {
                    String access = settings.accessToken() == null || settings.accessToken().isBlank()
                            ? null : settings.accessToken().strip();
                    store.replace(new StoredTokens(access, settings.refreshToken().strip(), null, null, seed, null, null));
                    log.info("Zalo tokens taken from ZALO_REFRESH_TOKEN{}; later ones are rotated in Redis",
                            access == null ? "" : " and ZALO_ACCESS_TOKEN");
                }
                return null;
            });
            seeded = true;
        } catch (TokenUnavailable e) {
            log.warn("Could not take the Zalo tokens from the settings yet: {}", e.getMessage());
        }
    }

    private <T> T exclusively(TokenWork<T> work) throws TokenUnavailable {
        Instant deadline = clock.instant().plus(WAIT_FOR_OTHERS);
        try {
            if (!local.tryLock(WAIT_FOR_OTHERS.toMillis(), TimeUnit.MILLISECONDS)) {
                throw TokenUnavailable.forNow("another thread is still refreshing the Zalo token");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TokenUnavailable.forNow("interrupted while waiting for a Zalo token refresh");
        }
        try {
            while (true) {
                Optional<Lease> lease = leases.tryAcquire(LEASE, LEASE_TTL);
                if (lease.isPresent()) {
                    try (Lease held = lease.get()) {
                        return work.run();
                    }
                }
                if (clock.instant().isAfter(deadline)) {
                    throw TokenUnavailable.forNow("another instance is still refreshing the Zalo token");
                }
                pause(POLL_MS);
            }
        } finally {
            local.unlock();
        }
    }

    private static void pause(long millis) throws TokenUnavailable {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TokenUnavailable.forNow("interrupted while waiting for a Zalo token refresh");
        }
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @FunctionalInterface
    private interface TokenWork<T> {
        T run() throws TokenUnavailable;
    }

    /** Changes the stored pair before an admin-requested refresh; returns the access token to treat as stale. */
    @FunctionalInterface
    private interface Preparation {
        String prepare();
    }
}
