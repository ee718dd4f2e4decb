package vn.gialai.dvcbot.core.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gialai.dvcbot.core.lease.UnreleasedLeases;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.threads.DaemonThreads;

/**
 * Drains conversation outboxes through the channels. Only the head of a conversation's outbox is ever in
 * flight, under a lease, so order per chat holds across instances; an item leaves the outbox only after the
 * channel confirmed it or it was given up.
 */
public class OutboxDispatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(15);

    private final Outbox outbox;
    private final Map<String, OutboundChannel> channels;
    private final OutboxSettings settings;
    private final ExecutorService executor;
    private final Clock clock;
    private final Set<ConversationKey> scheduled = ConcurrentHashMap.newKeySet();
    /** Renews the leases of sends in flight; one thread, since a renewal is one short script. */
    private final ScheduledExecutorService renewals =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("outbox-lease-"));
    private final UnreleasedLeases unreleased;
    private volatile boolean stopping;

    public OutboxDispatcher(Outbox outbox, Map<String, OutboundChannel> channels, OutboxSettings settings,
            ExecutorService executor, Clock clock) {
        this.outbox = outbox;
        this.channels = Map.copyOf(channels);
        this.settings = settings;
        this.executor = executor;
        this.clock = clock;
        this.unreleased = new UnreleasedLeases(clock);
    }

    public boolean delivers(String channel) {
        return channels.containsKey(channel);
    }

    /** Schedules delivery of one conversation's outbox soon (after a turn added items). */
    public void nudge(ConversationKey key) {
        if (!delivers(key.channel()) || !scheduled.add(key)) {
            return;
        }
        try {
            executor.execute(() -> {
                scheduled.remove(key);
                drain(key);
            });
        } catch (RejectedExecutionException shuttingDown) {
            scheduled.remove(key);
        }
    }

    /** Called periodically: picks up everything waiting, including items left by a stopped instance. */
    public void sweep() {
        try {
            unreleased.retry();
            outbox.ready().forEach(this::nudge);
        } catch (RuntimeException e) {
            log.warn("Outbox sweep failed, will try again: {}", e.toString());
        }
    }

    void drain(ConversationKey key) {
        OutboundChannel channel = channels.get(key.channel());
        if (channel == null) {
            return;
        }
        Outbox.Claim held = null;
        try {
            Optional<Outbox.Claim> claim = outbox.claim(key, settings.lease());
            if (claim.isEmpty()) {
                return;
            }
            held = claim.get();
            Optional<Outbox.Pending> next = Optional.of(held.head());
            while (next.isPresent()) {
                if (stopping || !mayTryNow(next.get())) {
                    outbox.release(held);
                    return;
                }
                next = deliver(held, channel, next.get().item());
            }
        } catch (RuntimeException e) {
            log.warn("Delivery on {} interrupted, will retry: {}", key.channel(), e.toString());
            release(held);
        }
    }

    private boolean mayTryNow(Outbox.Pending head) {
        return head.notBefore() == null || !head.notBefore().isAfter(clock.instant());
    }

    /** Tries the head; returns the next item to try right away, or empty when the outbox was let go. */
    private Optional<Outbox.Pending> deliver(Outbox.Claim held, OutboundChannel channel, OutboxItem item) {
        ConversationKey key = held.key();
        DeliveryResult result = attemptRenewing(held, channel, item);
        switch (result.outcome()) {
            case DELIVERED -> {
                return outbox.delivered(held, item.id());
            }
            case UNDELIVERABLE -> {
                log.info("Gave up delivering to a {} conversation: {}", key.channel(), result.reason());
                outbox.giveUp(key, item, result.reason());
                return outbox.delivered(held, item.id());
            }
            default -> {
                return retryLater(held, item, result);
            }
        }
    }

    private Optional<Outbox.Pending> retryLater(Outbox.Claim held, OutboxItem item, DeliveryResult result) {
        ConversationKey key = held.key();
        int attempts = item.attempts() + 1;
        if (attempts >= settings.maxAttempts()) {
            outbox.giveUp(key, item, "gave up after " + attempts + " attempts: " + result.reason());
            return outbox.delivered(held, item.id());
        }
        Duration wait = result.retryAfter().isZero() ? settings.backoff(attempts) : result.retryAfter();
        outbox.defer(key, item.id(), attempts, clock.instant().plus(wait));
        log.info("Delivery on {} failed ({}), attempt {} of {}, retrying in {}", key.channel(), result.reason(),
                attempts, settings.maxAttempts(), wait);
        outbox.release(held);
        return Optional.empty();
    }

    private void release(Outbox.Claim held) {
        if (held == null) {
            return;
        }
        try {
            outbox.release(held);
        } catch (RuntimeException e) {
            log.debug("Could not let an outbox go; trying again at the next sweep: {}", e.toString());
            unreleased.add(() -> outbox.release(held));
        }
    }

    /**
     * The platform call may outlast the lease (slow platform, token refresh and resend); the lease is renewed
     * meanwhile, so the outbox is never taken by a second sender while this one may still be sending.
     */
    private DeliveryResult attemptRenewing(Outbox.Claim held, OutboundChannel channel, OutboxItem item) {
        long every = Math.max(held.lease().toMillis() / 3, 1);
        ScheduledFuture<?> renewal = renewals.scheduleAtFixedRate(() -> renew(held), every, every,
                TimeUnit.MILLISECONDS);
        try {
            return attempt(channel, item);
        } finally {
            renewal.cancel(false);
        }
    }

    private void renew(Outbox.Claim held) {
        try {
            if (!outbox.renew(held)) {
                log.warn("The lease on a {} outbox lapsed during a send; another instance may send its head again",
                        held.key().channel());
            }
        } catch (RuntimeException e) {
            log.warn("Could not renew an outbox lease during a send (is Redis reachable?): {}", e.toString());
        }
    }

    private static DeliveryResult attempt(OutboundChannel channel, OutboxItem item) {
        try {
            return channel.deliver(item);
        } catch (RuntimeException e) {
            return DeliveryResult.retry(Duration.ZERO, e.toString());
        }
    }

    /**
     * Lets deliveries in flight finish (so their leases are released and no item is left half-sent), then
     * stops. Items not yet tried stay in Redis for the next start or another instance.
     */
    @Override
    public void close() {
        stopping = true;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(SHUTDOWN_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            renewals.shutdownNow();
        }
    }
}
