package vn.gialai.dvcbot.app.stats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gialai.dvcbot.core.answers.AnswerCatalog;
import vn.gialai.dvcbot.core.answers.EntryKind;
import vn.gialai.dvcbot.core.conversation.TurnHandled.Outcome;
import vn.gialai.dvcbot.core.conversation.TurnHandled;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.core.handoff.HandoffClaimed;
import vn.gialai.dvcbot.core.handoff.HandoffClosed;
import vn.gialai.dvcbot.core.handoff.HandoffQueue;
import vn.gialai.dvcbot.core.handoff.HandoffRequested;
import vn.gialai.dvcbot.core.handoff.Resolution;
import vn.gialai.dvcbot.core.handoff.Ticket;
import vn.gialai.dvcbot.core.handoff.TicketDetails;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.InboundMessage;

/**
 * Counts, in the background, what {@link StatsEvents} queued: each flush turns the events into one batch of day
 * bucket increments (the local day of the volunteer hours' time zone) and Micrometer meters, and writes the batch
 * in one transaction. A batch that cannot be written is kept and added to the next one.
 */
class StatsCounting {

    private static final Logger log = LoggerFactory.getLogger(StatsCounting.class);

    private final StatsEvents events;
    private final RedisStatistics store;
    private final HandoffQueue tickets;
    private final Communes communes;
    private final AnswerCatalog catalog;
    private final StatsMeters meters;
    private final ZoneId zone;
    private Tally unwritten;

    StatsCounting(StatsEvents events, RedisStatistics store, HandoffQueue tickets, Communes communes,
            AnswerCatalog catalog, StatsMeters meters, ZoneId zone) {
        this.events = events;
        this.store = store;
        this.tickets = tickets;
        this.communes = communes;
        this.catalog = catalog;
        this.meters = meters;
        this.zone = zone;
    }

    synchronized void flush() {
        long dropped = events.takeDropped();
        if (dropped > 0) {
            log.warn("{} statistics events were dropped: Redis could not be written for too long", dropped);
            meters.dropped(dropped);
        }
        Tally tally = unwritten != null ? unwritten : new Tally();
        unwritten = null;
        List<Object> drained = events.drain();
        for (int i = 0; i < drained.size(); i++) {
            try {
                count(drained.get(i), tally);
            } catch (RuntimeException e) {
                log.warn("Could not read a ticket for the statistics now; counted at the next flush: {}", e.toString());
                events.requeue(drained.subList(i, drained.size()));
                break;
            }
        }
        if (tally.isEmpty()) {
            return;
        }
        try {
            store.add(tally);
        } catch (RuntimeException e) {
            log.warn("Could not write {} statistics figures now; retried at the next flush: {}", tally.size(),
                    e.toString());
            unwritten = tally;
        }
    }

    private void count(Object event, Tally tally) {
        if (event instanceof TurnHandled turn) {
            turn(turn, tally);
        } else if (event instanceof HandoffRequested requested) {
            requested(requested.ticket(), tally);
        } else if (event instanceof HandoffClaimed claimed) {
            claimed(claimed.ticket(), tally);
        } else if (event instanceof HandoffClosed closed) {
            closed(closed.ticket(), closed.resolution(), tally);
        }
    }

    private void turn(TurnHandled turn, Tally tally) {
        String channel = turn.conversation().channel();
        LocalDate day = day(turn.at());
        meters.turn(channel, turn.messageKind(), turn.outcomes());
        if (turn.messageKind() != InboundMessage.Kind.START) {
            tally.add(day, StatsFields.count(Figure.MESSAGES.code, channel, null), 1);
            tally.distinct(day, StatsFields.Distinct.CONVERSATIONS, channel, anonymous(turn.conversation()));
            tally.active(day, turn.conversation().id());
        }
        for (Outcome outcome : turn.outcomes()) {
            tally.add(day, StatsFields.count(Figure.of(outcome).code, channel, null), 1);
        }
        turn.entryIds().forEach(id -> tally.add(day, StatsFields.field(StatsFields.ENTRY, channel, null, id), 1));
        boolean helped = turn.entryIds().stream().flatMap(id -> catalog.entry(id).stream())
                .anyMatch(e -> e.kind() == EntryKind.PROCEDURE || e.kind() == EntryKind.INFO);
        if (helped) {
            tally.distinct(day, StatsFields.Distinct.ANSWERED, channel, anonymous(turn.conversation()));
        }
        if (turn.ratedTicketId() != null) {
            String commune = tickets.find(turn.ratedTicketId()).map(t -> commune(t.ticket())).orElse(null);
            tally.add(day, StatsFields.field(StatsFields.RATING, channel, commune, String.valueOf(turn.stars())), 1);
            meters.rating(channel, turn.stars());
        }
    }

    private void requested(Ticket ticket, Tally tally) {
        String channel = ticket.conversation().channel();
        LocalDate day = day(ticket.createdAt());
        tally.add(day, StatsFields.count(Figure.HANDOFFS.code, channel, commune(ticket)), 1);
        tally.distinct(day, StatsFields.Distinct.HANDED, channel, anonymous(ticket.conversation()));
        meters.ticket(channel, "requested");
    }

    /** The wait is from when the ticket last entered the queue to this claim. */
    private void claimed(Ticket event, Tally tally) {
        Optional<TicketDetails> found = tickets.find(event.id());
        if (found.isEmpty() || found.get().claimedAt() == null) {
            return;
        }
        TicketDetails ticket = found.get();
        String channel = event.conversation().channel();
        String commune = commune(ticket.ticket());
        LocalDate day = day(ticket.claimedAt());
        Duration waited = ticket.waited(ticket.claimedAt());
        tally.add(day, StatsFields.count(Figure.TICKETS_CLAIMED.code, channel, commune), 1);
        tally.add(day, StatsFields.field(StatsFields.WAIT, channel, commune,
                String.valueOf(StatsFields.bucket(waited))), 1);
        if (ticket.ticket().assignee() != null) {
            tally.add(day, StatsFields.field(StatsFields.CLAIMER, channel, commune, anonymous(ticket.ticket().assignee())), 1);
        }
        meters.ticket(channel, "claimed");
        meters.waited(channel, waited);
    }

    /** A citizen who cancelled abandoned the ticket; a volunteer's close ends the handling time. */
    private void closed(Ticket event, String resolution, Tally tally) {
        Optional<TicketDetails> found = tickets.find(event.id());
        Instant closedAt = found.map(TicketDetails::closedAt).orElse(event.lastMessageAt());
        String channel = event.conversation().channel();
        String commune = commune(found.map(TicketDetails::ticket).orElse(event));
        LocalDate day = day(closedAt != null ? closedAt : event.createdAt());
        if (Resolution.CANCELLED.code().equals(resolution)) {
            tally.add(day, StatsFields.count(Figure.TICKETS_ABANDONED.code, channel, commune), 1);
            meters.ticket(channel, "abandoned");
            return;
        }
        tally.add(day, StatsFields.count(Figure.TICKETS_CLOSED.code, channel, commune), 1);
        meters.ticket(channel, "closed");
        Instant claimedAt = found.map(TicketDetails::claimedAt).orElse(null);
        if (claimedAt != null && closedAt != null && !closedAt.isBefore(claimedAt)) {
            Duration handled = Duration.between(claimedAt, closedAt);
            tally.add(day, StatsFields.field(StatsFields.HANDLING, channel, commune,
                    String.valueOf(StatsFields.bucket(handled))), 1);
            meters.handled(channel, handled);
        }
    }

    private String commune(Ticket ticket) {
        return ticket.commune() == null ? null
                : communes.byName(ticket.commune()).map(c -> c.code()).orElse(null);
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /** Distinct counting needs a stable member; a truncated hash keeps the id itself (conversation, volunteer) out of Redis. */
    static String anonymous(ConversationKey conversation) {
        return anonymous(conversation.id());
    }

    private static String anonymous(String id) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
