package vn.gialai.dvcbot.channels.telegram;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import vn.gialai.dvcbot.core.threads.DaemonThreads;

/**
 * Runs the poller's watchdog once the application is ready, and stops polling (giving the lease back) when it
 * closes, while Redis is still connected, so another instance takes over at once.
 */
final class TelegramPolling {

    private final TelegramPoller poller;
    private final TelegramSettings settings;
    private final ScheduledExecutorService watchdog =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("telegram-watchdog-"));

    TelegramPolling(TelegramPoller poller, TelegramSettings settings) {
        this.poller = poller;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        long every = settings.watchdogInterval().toMillis();
        watchdog.scheduleWithFixedDelay(poller::watch, 0, every, TimeUnit.MILLISECONDS);
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        watchdog.shutdownNow();
        poller.close();
    }
}
