package vn.gialai.dvcbot.app.console;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.gialai.dvcbot.app.security.StaffUser;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.core.handoff.HandoffDesk;
import vn.gialai.dvcbot.core.handoff.TicketChange;
import vn.gialai.dvcbot.core.handoff.TicketChanges;
import vn.gialai.dvcbot.core.handoff.TicketDetails;

/**
 * Pushes every queue change to the consoles open on this instance, saying for each volunteer whether the
 * ticket is theirs or their team's, so the page knows when to ring.
 */
@Component
class ConsoleEvents implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ConsoleEvents.class);
    private static final long TIMEOUT_MS = 30 * 60 * 1000L;

    private final TicketChanges changes;
    private final HandoffDesk desk;
    private final Communes communes;
    private final Map<SseEmitter, StaffUser> consoles = new ConcurrentHashMap<>();
    private volatile AutoCloseable subscription;

    ConsoleEvents(TicketChanges changes, HandoffDesk desk, Communes communes) {
        this.changes = changes;
        this.desk = desk;
        this.communes = communes;
    }

    SseEmitter open(StaffUser user) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
        consoles.put(emitter, user);
        emitter.onCompletion(() -> consoles.remove(emitter));
        emitter.onTimeout(() -> consoles.remove(emitter));
        emitter.onError(e -> consoles.remove(emitter));
        send(emitter, SseEmitter.event().name("hello").data("{}"));
        return emitter;
    }

    void broadcast(TicketChange change) {
        if (consoles.isEmpty()) {
            return;
        }
        Optional<TicketDetails> ticket = lookUp(change.ticketId());
        consoles.forEach((emitter, user) -> send(emitter, SseEmitter.event().name("ticket")
                .data(payload(change, ticket, user))));
    }

    /** Keeps idle connections open through proxies that cut silent ones. */
    @Scheduled(fixedDelay = 25_000)
    void heartbeat() {
        consoles.keySet().forEach(emitter -> send(emitter, SseEmitter.event().comment("ping")));
    }

    private Optional<TicketDetails> lookUp(String id) {
        try {
            return desk.find(id);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private String payload(TicketChange change, Optional<TicketDetails> ticket, StaffUser user) {
        boolean mine = ticket.map(t -> t.heldBy(user.getUsername())).orElse(false);
        boolean team = user.team() != null && ticket.flatMap(t -> communes.byName(t.ticket().commune()))
                .map(c -> c.code().equals(user.team())).orElse(false);
        String status = ticket.map(t -> t.status().name().toLowerCase(java.util.Locale.ROOT)).orElse("");
        return "{\"type\":\"" + change.type().code() + "\",\"id\":\"" + change.ticketId() + "\",\"status\":\"" + status
                + "\",\"mine\":" + mine + ",\"team\":" + team + "}";
    }

    private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            consoles.remove(emitter);
        }
    }

    @Override
    public void start() {
        subscription = changes.subscribe(this::broadcast);
    }

    @Override
    public void stop() {
        consoles.keySet().forEach(SseEmitter::complete);
        consoles.clear();
        try {
            if (subscription != null) {
                subscription.close();
            }
        } catch (Exception e) {
            log.debug("Unsubscribing from handoff changes failed: {}", e.toString());
        }
        subscription = null;
    }

    @Override
    public boolean isRunning() {
        return subscription != null;
    }
}
