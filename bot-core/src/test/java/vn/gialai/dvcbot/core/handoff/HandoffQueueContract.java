package vn.gialai.dvcbot.core.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.handoff.Transition.Result;

/**
 * The ticket state machine (waiting → assigned → closed, back to waiting on release or a lapsed lease) as
 * every {@link HandoffQueue} must implement it. Runs against the Redis queue and the in-memory test queue.
 */
abstract class HandoffQueueContract {

    static final Instant T0 = Instant.parse("2026-11-30T02:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(10);
    static final Volunteer LAN = new Volunteer("lan", "Lan", false);
    static final Volunteer MINH = new Volunteer("minh", "Minh", false);
    static final Volunteer ADMIN = new Volunteer("admin", "Quản trị", true);

    abstract HandoffQueue queue();

    TicketDetails open(String chat, Instant at) {
        return queue().open(new ConversationKey("webchat", chat), null, "hỏi về sổ đỏ", at).ticket();
    }

    @Test
    void aNewTicketWaitsWithWhatTheCitizenAsked() {
        TicketDetails ticket = open("c1", T0);

        assertThat(ticket.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(ticket.ticket().firstQuestion()).isEqualTo("hỏi về sổ đỏ");
        assertThat(ticket.ticket().createdAt()).isEqualTo(T0);
        assertThat(queue().position(ticket.id())).isEqualTo(OptionalInt.of(1));
        assertThat(queue().list(TicketStatus.WAITING, 10)).extracting(TicketDetails::id).containsExactly(ticket.id());
    }

    @Test
    void aConversationHasAtMostOneOpenTicket() {
        HandoffQueue.Opened first = queue().open(new ConversationKey("zalo", "u1"), null, null, T0);
        HandoffQueue.Opened again = queue().open(new ConversationKey("zalo", "u1"), null, null, T0.plusSeconds(5));

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.ticket().id()).isEqualTo(first.ticket().id());
    }

    @Test
    void claimingAssignsTheTicketToOneVolunteerAndOthersAreRefused() {
        TicketDetails ticket = open("c1", T0);

        Transition lan = queue().claim(ticket.id(), LAN, T0.plusSeconds(60), LEASE);
        Transition minh = queue().claim(ticket.id(), MINH, T0.plusSeconds(61), LEASE);
        Transition lanAgain = queue().claim(ticket.id(), LAN, T0.plusSeconds(62), LEASE);

        assertThat(lan.result()).isEqualTo(Result.DONE);
        assertThat(lan.ticket().orElseThrow().ticket().assignee()).isEqualTo("lan");
        assertThat(lan.ticket().orElseThrow().assigneeName()).isEqualTo("Lan");
        assertThat(lan.ticket().orElseThrow().leaseUntil()).isEqualTo(T0.plusSeconds(60).plus(LEASE));
        assertThat(minh.result()).isEqualTo(Result.HELD_BY_OTHER);
        assertThat(lanAgain.result()).isEqualTo(Result.ALREADY_DONE);
        assertThat(queue().position(ticket.id())).isEmpty();
        assertThat(queue().recentWaits(T0, 10)).containsExactly(Duration.ofSeconds(60));
    }

    @Test
    void anUnknownTicketIsNotFound() {
        assertThat(queue().claim("999999", LAN, T0, LEASE).result()).isEqualTo(Result.NOT_FOUND);
        assertThat(queue().find("999999")).isEmpty();
    }

    @Test
    void releasingPutsTheTicketBackInItsPlace() {
        TicketDetails first = open("c1", T0);
        TicketDetails second = open("c2", T0.plusSeconds(30));
        queue().claim(first.id(), LAN, T0.plusSeconds(40), LEASE);
        assertThat(queue().position(second.id())).isEqualTo(OptionalInt.of(1));

        assertThat(queue().release(first.id(), MINH, T0.plusSeconds(50)).result()).isEqualTo(Result.HELD_BY_OTHER);
        Transition released = queue().release(first.id(), LAN, T0.plusSeconds(50));

        assertThat(released.result()).isEqualTo(Result.DONE);
        assertThat(released.ticket().orElseThrow().status()).isEqualTo(TicketStatus.WAITING);
        assertThat(released.ticket().orElseThrow().ticket().assignee()).isNull();
        assertThat(released.ticket().orElseThrow().waitingSince()).isEqualTo(T0.plusSeconds(50));
        assertThat(queue().position(first.id())).isEqualTo(OptionalInt.of(1));
        assertThat(queue().position(second.id())).isEqualTo(OptionalInt.of(2));
    }

    @Test
    void anAdminMayReleaseOrCloseATicketSomeoneElseHolds() {
        TicketDetails ticket = open("c1", T0);
        queue().claim(ticket.id(), LAN, T0, LEASE);

        assertThat(queue().release(ticket.id(), ADMIN, T0.plusSeconds(1)).result()).isEqualTo(Result.DONE);
        queue().claim(ticket.id(), LAN, T0.plusSeconds(2), LEASE);
        assertThat(queue().close(ticket.id(), ADMIN, Resolution.SPAM, "", T0.plusSeconds(3)).result())
                .isEqualTo(Result.DONE);
    }

    @Test
    void onlyTheHolderClosesAnAssignedTicketAndTheConversationMayAskAgainAfterwards() {
        TicketDetails ticket = open("c1", T0);
        queue().claim(ticket.id(), LAN, T0, LEASE);

        assertThat(queue().close(ticket.id(), MINH, Resolution.ANSWERED, "", T0.plusSeconds(5)).result())
                .isEqualTo(Result.HELD_BY_OTHER);
        Transition closed = queue().close(ticket.id(), LAN, Resolution.ANSWERED, "Đã hướng dẫn nộp trên VNeID",
                T0.plusSeconds(6));

        assertThat(closed.result()).isEqualTo(Result.DONE);
        TicketDetails after = closed.ticket().orElseThrow();
        assertThat(after.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(after.resolution()).isEqualTo("answered");
        assertThat(after.closeNote()).isEqualTo("Đã hướng dẫn nộp trên VNeID");
        assertThat(after.closedBy()).isEqualTo("lan");
        assertThat(after.closedAt()).isEqualTo(T0.plusSeconds(6));
        assertThat(queue().close(ticket.id(), LAN, Resolution.ANSWERED, "", T0.plusSeconds(7)).result())
                .isEqualTo(Result.ALREADY_DONE);
        assertThat(queue().claim(ticket.id(), MINH, T0.plusSeconds(8), LEASE).result()).isEqualTo(Result.WRONG_STATE);
        assertThat(queue().list(TicketStatus.CLOSED, 10)).extracting(TicketDetails::id).contains(ticket.id());
        assertThat(open("c1", T0.plusSeconds(9)).id()).isNotEqualTo(ticket.id());
    }

    @Test
    void aWaitingTicketMayBeClosedWithoutClaimingIt() {
        TicketDetails ticket = open("c1", T0);

        assertThat(queue().close(ticket.id(), MINH, Resolution.SPAM, null, T0.plusSeconds(1)).result())
                .isEqualTo(Result.DONE);
        assertThat(queue().list(TicketStatus.WAITING, 10)).isEmpty();
    }

    @Test
    void theCitizenCancelsWhileWaitingButNotOnceAVolunteerHoldsTheChat() {
        TicketDetails waiting = open("c1", T0);
        TicketDetails held = open("c2", T0);
        queue().claim(held.id(), LAN, T0, LEASE);

        Transition cancelled = queue().cancel(waiting.id(), T0.plusSeconds(1));

        assertThat(cancelled.result()).isEqualTo(Result.DONE);
        assertThat(cancelled.ticket().orElseThrow().resolution()).isEqualTo("cancelled");
        assertThat(queue().cancel(held.id(), T0.plusSeconds(1)).result()).isEqualTo(Result.HELD_BY_OTHER);
        assertThat(queue().find(held.id()).orElseThrow().status()).isEqualTo(TicketStatus.ASSIGNED);
    }

    @Test
    void aClaimWithNoActivityReturnsToWaitingExactlyOnce() {
        TicketDetails ticket = open("c1", T0);
        queue().claim(ticket.id(), LAN, T0, LEASE);

        assertThat(queue().returnLapsed(T0.plus(LEASE).minusSeconds(1))).isEmpty();
        assertThat(queue().returnLapsed(T0.plus(LEASE).plusSeconds(1))).extracting(TicketDetails::id)
                .containsExactly(ticket.id());
        assertThat(queue().returnLapsed(T0.plus(LEASE).plusSeconds(2))).isEmpty();
        assertThat(queue().find(ticket.id()).orElseThrow().status()).isEqualTo(TicketStatus.WAITING);
        assertThat(queue().position(ticket.id())).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void volunteerActivityRenewsTheLease() {
        TicketDetails ticket = open("c1", T0);
        queue().claim(ticket.id(), LAN, T0, LEASE);

        assertThat(queue().touch(ticket.id(), "lan", T0.plus(Duration.ofMinutes(9)), LEASE).result())
                .isEqualTo(Result.DONE);
        assertThat(queue().touch(ticket.id(), "minh", T0.plus(Duration.ofMinutes(9)), LEASE).result())
                .isEqualTo(Result.HELD_BY_OTHER);

        assertThat(queue().returnLapsed(T0.plus(LEASE).plusSeconds(1))).isEmpty();
        assertThat(queue().returnLapsed(T0.plus(Duration.ofMinutes(19)).plusSeconds(1))).hasSize(1);
    }

    @Test
    void theCitizensMessagesAndCommuneAreKeptOnTheOpenTicket() {
        TicketDetails ticket = open("c1", T0);

        queue().citizenWrote(ticket.id(), T0.plusSeconds(20));
        queue().setCommune(ticket.id(), "Xã Ia Grai");

        TicketDetails after = queue().find(ticket.id()).orElseThrow();
        assertThat(after.ticket().lastMessageAt()).isEqualTo(T0.plusSeconds(20));
        assertThat(after.ticket().commune()).isEqualTo("Xã Ia Grai");
    }

    @Test
    void theFirstQuestionIsKeptOnceKnown() {
        TicketDetails unknown = queue().open(new ConversationKey("zalo", "q1"), null, null, T0).ticket();

        queue().setQuestionIfUnknown(unknown.id(), "làm lại căn cước");
        queue().setQuestionIfUnknown(unknown.id(), "cảm ơn");

        assertThat(queue().find(unknown.id()).orElseThrow().ticket().firstQuestion()).isEqualTo("làm lại căn cước");
    }

    @Test
    void aClosedTicketIsRatedOnce() {
        TicketDetails ticket = open("c1", T0);
        assertThat(queue().rate(ticket.id(), 5)).isFalse();
        queue().claim(ticket.id(), LAN, T0, LEASE);
        queue().close(ticket.id(), LAN, Resolution.ANSWERED, "", T0.plusSeconds(1));

        assertThat(queue().rate(ticket.id(), 4)).isTrue();
        assertThat(queue().rate(ticket.id(), 1)).isFalse();
        assertThat(queue().find(ticket.id()).orElseThrow().rating()).isEqualTo(4);
    }

    @Test
    void notesAreKeptInOrder() {
        TicketDetails ticket = open("c1", T0);

        queue().addNote(ticket.id(), new TicketNote("Lan", T0, "Bác hỏi cho con gái"));
        queue().addNote(ticket.id(), new TicketNote("Minh", T0.plusSeconds(1), "Đã gọi UBND xã"));

        assertThat(queue().notes(ticket.id())).extracting(TicketNote::text)
                .containsExactly("Bác hỏi cho con gái", "Đã gọi UBND xã");
    }

    @Test
    void ticketsAreListedOldestFirst() {
        TicketDetails later = open("c2", T0.plusSeconds(10));
        TicketDetails earlier = open("c1", T0);

        assertThat(queue().list(TicketStatus.WAITING, 10)).extracting(TicketDetails::id)
                .containsExactly(earlier.id(), later.id());
    }
}
