package vn.gialai.dvcbot.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.handoff.HandoffQueue;
import vn.gialai.dvcbot.core.handoff.Resolution;
import vn.gialai.dvcbot.core.handoff.Ticket;
import vn.gialai.dvcbot.core.handoff.TicketChange;
import vn.gialai.dvcbot.core.handoff.TicketChanges;
import vn.gialai.dvcbot.core.handoff.TicketDetails;
import vn.gialai.dvcbot.core.handoff.TicketNote;
import vn.gialai.dvcbot.core.handoff.TicketStatus;
import vn.gialai.dvcbot.core.handoff.Transition;
import vn.gialai.dvcbot.core.handoff.Transition.Result;
import vn.gialai.dvcbot.core.handoff.Volunteer;

/**
 * The handoff queue in memory, for unit tests of what uses it (the conversation, the Telegram alerts). It obeys
 * the same contract as the Redis queue: {@code HandoffQueueContract} runs against both.
 */
public class InMemoryHandoffQueue implements HandoffQueue, TicketChanges {

    private final Map<String, TicketDetails> tickets = new LinkedHashMap<>();
    private final Map<String, String> openByConversation = new HashMap<>();
    private final Map<String, List<TicketNote>> notes = new HashMap<>();
    private final List<Instant[]> waits = new ArrayList<>();
    private final List<Consumer<TicketChange>> listeners = new CopyOnWriteArrayList<>();
    private long sequence;

    @Override
    public synchronized Opened open(ConversationKey conversation, String commune, String firstQuestion, Instant now) {
        String open = openByConversation.get(conversation.id());
        if (open != null) {
            return new Opened(tickets.get(open), false);
        }
        String id = Long.toString(++sequence);
        Ticket ticket = new Ticket(id, TicketStatus.WAITING, conversation, null, commune, now, null, firstQuestion);
        tickets.put(id, new TicketDetails(ticket, null, now, null, null, null, null, null, null, null));
        openByConversation.put(conversation.id(), id);
        publish(TicketChange.Type.REQUESTED, id);
        return new Opened(tickets.get(id), true);
    }

    @Override
    public synchronized Optional<TicketDetails> find(String id) {
        return Optional.ofNullable(tickets.get(id));
    }

    @Override
    public synchronized List<TicketDetails> list(TicketStatus status, int closedLimit) {
        List<TicketDetails> found = tickets.values().stream().filter(t -> t.status() == status)
                .sorted(Comparator.comparing((TicketDetails t) -> t.ticket().createdAt())).toList();
        return status == TicketStatus.CLOSED && found.size() > closedLimit
                ? found.subList(found.size() - closedLimit, found.size()) : found;
    }

    @Override
    public synchronized Transition claim(String id, Volunteer volunteer, Instant now, Duration lease) {
        TicketDetails t = tickets.get(id);
        if (t == null) {
            return new Transition(Result.NOT_FOUND, Optional.empty());
        }
        if (t.status() == TicketStatus.CLOSED) {
            return result(Result.WRONG_STATE, t);
        }
        if (t.status() == TicketStatus.ASSIGNED) {
            if (!t.heldBy(volunteer.username())) {
                return result(Result.HELD_BY_OTHER, t);
            }
            return result(Result.ALREADY_DONE, put(with(t, TicketStatus.ASSIGNED, t.ticket().assignee(),
                    t.assigneeName(), t.waitingSince(), now.plus(lease), t.claimedAt())));
        }
        waits.add(new Instant[] {now, t.waitingSince()});
        publish(TicketChange.Type.CLAIMED, id);
        return result(Result.DONE, put(with(t, TicketStatus.ASSIGNED, volunteer.username(), volunteer.displayName(),
                t.waitingSince(), now.plus(lease), now)));
    }

    @Override
    public synchronized Transition touch(String id, String username, Instant now, Duration lease) {
        TicketDetails t = tickets.get(id);
        if (t == null) {
            return new Transition(Result.NOT_FOUND, Optional.empty());
        }
        if (t.status() != TicketStatus.ASSIGNED) {
            return result(Result.WRONG_STATE, t);
        }
        if (!t.heldBy(username)) {
            return result(Result.HELD_BY_OTHER, t);
        }
        return result(Result.DONE, put(with(t, TicketStatus.ASSIGNED, t.ticket().assignee(), t.assigneeName(),
                t.waitingSince(), now.plus(lease), t.claimedAt())));
    }

    @Override
    public synchronized Transition release(String id, Volunteer volunteer, Instant now) {
        TicketDetails t = tickets.get(id);
        if (t == null) {
            return new Transition(Result.NOT_FOUND, Optional.empty());
        }
        if (t.status() == TicketStatus.WAITING) {
            return result(Result.ALREADY_DONE, t);
        }
        if (t.status() == TicketStatus.CLOSED) {
            return result(Result.WRONG_STATE, t);
        }
        if (!volunteer.admin() && !t.heldBy(volunteer.username())) {
            return result(Result.HELD_BY_OTHER, t);
        }
        publish(TicketChange.Type.RELEASED, id);
        return result(Result.DONE, put(with(t, TicketStatus.WAITING, null, null, now, null, t.claimedAt())));
    }

    @Override
    public synchronized Transition close(String id, Volunteer volunteer, Resolution resolution, String note,
            Instant now) {
        TicketDetails t = tickets.get(id);
        if (t == null) {
            return new Transition(Result.NOT_FOUND, Optional.empty());
        }
        if (t.status() == TicketStatus.ASSIGNED && !volunteer.admin() && !t.heldBy(volunteer.username())) {
            return result(Result.HELD_BY_OTHER, t);
        }
        return closed(t, resolution, note, volunteer.username(), now);
    }

    @Override
    public synchronized Transition cancel(String id, Instant now) {
        TicketDetails t = tickets.get(id);
        if (t == null) {
            return new Transition(Result.NOT_FOUND, Optional.empty());
        }
        if (t.status() == TicketStatus.ASSIGNED) {
            return result(Result.HELD_BY_OTHER, t);
        }
        return closed(t, Resolution.CANCELLED, null, null, now);
    }

    private Transition closed(TicketDetails t, Resolution resolution, String note, String by, Instant now) {
        if (t.status() == TicketStatus.CLOSED) {
            return result(Result.ALREADY_DONE, t);
        }
        openByConversation.remove(t.ticket().conversation().id());
        publish(TicketChange.Type.CLOSED, t.id());
        Ticket ticket = new Ticket(t.id(), TicketStatus.CLOSED, t.ticket().conversation(), t.ticket().assignee(),
                t.ticket().commune(), t.ticket().createdAt(), t.ticket().lastMessageAt(), t.ticket().firstQuestion());
        return result(Result.DONE, put(new TicketDetails(ticket, t.assigneeName(), t.waitingSince(), null,
                t.claimedAt(), now, resolution.code(), note == null || note.isEmpty() ? null : note, by, null)));
    }

    @Override
    public synchronized List<TicketDetails> returnLapsed(Instant now) {
        List<TicketDetails> returned = new ArrayList<>();
        for (TicketDetails t : List.copyOf(tickets.values())) {
            if (t.status() == TicketStatus.ASSIGNED && !t.leaseUntil().isAfter(now)) {
                publish(TicketChange.Type.EXPIRED, t.id());
                returned.add(put(with(t, TicketStatus.WAITING, null, null, now, null, t.claimedAt())));
            }
        }
        return returned;
    }

    @Override
    public synchronized void citizenWrote(String id, Instant at) {
        TicketDetails t = tickets.get(id);
        if (t != null && t.isOpen()) {
            Ticket k = t.ticket();
            put(replace(t, new Ticket(k.id(), k.status(), k.conversation(), k.assignee(), k.commune(), k.createdAt(), at,
                    k.firstQuestion())));
            publish(TicketChange.Type.MESSAGE, id);
        }
    }

    @Override
    public synchronized void setQuestionIfUnknown(String id, String question) {
        TicketDetails t = tickets.get(id);
        if (t != null && t.isOpen() && t.ticket().firstQuestion() == null) {
            Ticket k = t.ticket();
            put(replace(t, new Ticket(k.id(), k.status(), k.conversation(), k.assignee(), k.commune(), k.createdAt(),
                    k.lastMessageAt(), question)));
            publish(TicketChange.Type.UPDATED, id);
        }
    }

    @Override
    public synchronized void setCommune(String id, String commune) {
        TicketDetails t = tickets.get(id);
        if (t != null && t.isOpen()) {
            Ticket k = t.ticket();
            put(replace(t, new Ticket(k.id(), k.status(), k.conversation(), k.assignee(), commune, k.createdAt(),
                    k.lastMessageAt(), k.firstQuestion())));
            publish(TicketChange.Type.UPDATED, id);
        }
    }

    @Override
    public synchronized boolean rate(String id, int rating) {
        TicketDetails t = tickets.get(id);
        if (t == null || t.status() != TicketStatus.CLOSED || t.rating() != null) {
            return false;
        }
        put(new TicketDetails(t.ticket(), t.assigneeName(), t.waitingSince(), t.leaseUntil(), t.claimedAt(),
                t.closedAt(), t.resolution(), t.closeNote(), t.closedBy(), rating));
        return true;
    }

    @Override
    public synchronized OptionalInt position(String id) {
        List<TicketDetails> waiting = list(TicketStatus.WAITING, 0);
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i).id().equals(id)) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    @Override
    public synchronized List<Duration> recentWaits(Instant since, int limit) {
        List<Duration> recent = new ArrayList<>();
        for (int i = waits.size() - 1; i >= 0 && recent.size() < limit; i--) {
            if (!waits.get(i)[0].isBefore(since)) {
                recent.add(Duration.between(waits.get(i)[1], waits.get(i)[0]));
            }
        }
        return recent;
    }

    @Override
    public synchronized void addNote(String id, TicketNote note) {
        notes.computeIfAbsent(id, k -> new ArrayList<>()).add(note);
        publish(TicketChange.Type.UPDATED, id);
    }

    @Override
    public synchronized List<TicketNote> notes(String id) {
        return List.copyOf(notes.getOrDefault(id, List.of()));
    }

    @Override
    public AutoCloseable subscribe(Consumer<TicketChange> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void publish(TicketChange.Type type, String id) {
        listeners.forEach(l -> l.accept(new TicketChange(type, id)));
    }

    private TicketDetails put(TicketDetails t) {
        tickets.put(t.id(), t);
        return t;
    }

    private static Transition result(Result result, TicketDetails t) {
        return new Transition(result, Optional.of(t));
    }

    private static TicketDetails with(TicketDetails t, TicketStatus status, String assignee, String assigneeName,
            Instant waitingSince, Instant leaseUntil, Instant claimedAt) {
        Ticket k = t.ticket();
        Ticket ticket = new Ticket(k.id(), status, k.conversation(), assignee, k.commune(), k.createdAt(),
                k.lastMessageAt(), k.firstQuestion());
        return new TicketDetails(ticket, assigneeName, waitingSince, leaseUntil, claimedAt, t.closedAt(),
                t.resolution(), t.closeNote(), t.closedBy(), t.rating());
    }

    private static TicketDetails replace(TicketDetails t, Ticket ticket) {
        return new TicketDetails(ticket, t.assigneeName(), t.waitingSince(), t.leaseUntil(), t.claimedAt(),
                t.closedAt(), t.resolution(), t.closeNote(), t.closedBy(), t.rating());
    }
}
