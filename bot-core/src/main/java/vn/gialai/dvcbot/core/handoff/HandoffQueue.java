package vn.gialai.dvcbot.core.handoff;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import vn.gialai.dvcbot.core.message.ConversationKey;

/**
 * The shared queue of handoff tickets. Every transition is atomic across app instances: two volunteers never
 * hold one ticket, a lapsed claim returns to waiting exactly once, and a conversation has at most one open
 * ticket. Implementations broadcast each change as a {@link TicketChange}.
 */
public interface HandoffQueue {

    /**
     * Opens a waiting ticket for the conversation, or returns its open one (so a message handled twice after
     * a crash never queues the citizen twice).
     */
    Opened open(ConversationKey conversation, String commune, String firstQuestion, Instant now);

    Optional<TicketDetails> find(String id);

    /** The conversation's open ticket, if it has one. */
    default Optional<TicketDetails> openTicket(ConversationKey conversation) {
        return java.util.stream.Stream.concat(list(TicketStatus.WAITING, 0).stream(),
                        list(TicketStatus.ASSIGNED, 0).stream())
                .filter(t -> t.ticket().conversation().equals(conversation)).findFirst();
    }

    /** How many tickets wait for a volunteer. */
    default int waitingCount() {
        return list(TicketStatus.WAITING, 0).size();
    }

    /**
     * Tickets in a status, oldest first. Closed tickets: the most recently closed ones (at most
     * {@code closedLimit}), still oldest first.
     */
    List<TicketDetails> list(TicketStatus status, int closedLimit);

    /** Waiting → assigned to the volunteer, with a lease of {@code lease}. */
    Transition claim(String id, Volunteer volunteer, Instant now, Duration lease);

    /** Renews the holder's lease (they replied, wrote a note, or are typing). */
    Transition touch(String id, String username, Instant now, Duration lease);

    /** Assigned → waiting, keeping the citizen's place in the queue. Admins may release anyone's ticket. */
    Transition release(String id, Volunteer volunteer, Instant now);

    /** Assigned (to the caller, or anyone for an admin) or waiting → closed. */
    Transition close(String id, Volunteer volunteer, Resolution resolution, String note, Instant now);

    /** The citizen gives up while waiting: waiting → closed as cancelled. Refused once a volunteer holds it. */
    Transition cancel(String id, Instant now);

    /**
     * Returns every ticket whose lease lapsed before {@code now} to waiting and lists those this call moved;
     * an instance racing on the same ticket gets it in neither list.
     */
    List<TicketDetails> returnLapsed(Instant now);

    /** The citizen wrote while the ticket is open: remembered as its last message, and volunteers are told. */
    void citizenWrote(String id, Instant at);

    /** Remembers what the citizen needs help with, unless the ticket already knows (the first question wins). */
    void setQuestionIfUnknown(String id, String question);

    /** Sets the citizen's commune while the ticket is open. */
    void setCommune(String id, String commune);

    /** Keeps the citizen's 1–5 rating of a closed ticket; false if it is not closed or already rated. */
    boolean rate(String id, int rating);

    /** 1 for the next ticket a volunteer will take, empty when the ticket is not waiting. */
    OptionalInt position(String id);

    /** How long recent tickets waited before a volunteer claimed them, newest first, since {@code since}. */
    List<Duration> recentWaits(Instant since, int limit);

    void addNote(String id, TicketNote note);

    List<TicketNote> notes(String id);

    /** @param created false when the conversation already had this open ticket */
    record Opened(TicketDetails ticket, boolean created) {
    }
}
