package vn.gialai.dvcbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.core.answers.EntryKind;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.core.handoff.HandoffClosed;
import vn.gialai.dvcbot.core.handoff.HandoffRequested;
import vn.gialai.dvcbot.core.handoff.HandoffSettings;
import vn.gialai.dvcbot.core.handoff.Resolution;
import vn.gialai.dvcbot.core.handoff.TicketDetails;
import vn.gialai.dvcbot.core.handoff.TicketStatus;
import vn.gialai.dvcbot.core.handoff.Volunteer;
import vn.gialai.dvcbot.core.handoff.VolunteerSchedule;
import vn.gialai.dvcbot.core.message.Choice;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.message.ReplyKind;
import vn.gialai.dvcbot.core.testing.InMemoryAnswerCatalog;
import vn.gialai.dvcbot.core.testing.InMemoryHandoffQueue;
import vn.gialai.dvcbot.core.testing.SettableClock;

/** The citizen's side of a handoff, turn by turn, on the in-memory queue. */
class HandoffConversationTests {

    private static final ConversationKey WEB = new ConversationKey("webchat", "s1");
    /** Monday 1 December 2025, 09:00 in Gia Lai. */
    private static final Instant MONDAY_9AM = Instant.parse("2025-12-01T02:00:00Z");
    private static final Volunteer LAN = new Volunteer("lan", "Lan", false);

    private final InMemoryAnswerCatalog catalog = new InMemoryAnswerCatalog()
            .topic("ho-tich", "Hộ tịch")
            .add(InMemoryAnswerCatalog.procedure("birth-registration", "ho-tich", "Đăng ký khai sinh"), "khai sinh")
            .add(InMemoryAnswerCatalog.smalltalk("human-handoff", EntryKind.HANDOFF, ""), "nguoi that");
    private final Dialogue dialogue = new Dialogue(catalog, 2000);
    private final InMemoryHandoffQueue queue = new InMemoryHandoffQueue();
    private final List<Object> events = new CopyOnWriteArrayList<>();
    private final SettableClock clock = new SettableClock(MONDAY_9AM);
    private HandoffConversation handoff = conversation("mon-fri 07:30-17:00; sat-sun 08:00-11:30");

    private HandoffConversation conversation(String hours) {
        HandoffSettings settings = new HandoffSettings(Duration.ofMinutes(10), ZoneId.of("Asia/Ho_Chi_Minh"), hours,
                Map.of(), Duration.ofDays(90), Duration.ofMinutes(2), Duration.ofDays(7), Duration.ofSeconds(5));
        return new HandoffConversation(queue, Communes.bundled(), new VolunteerSchedule(settings, Communes.bundled()),
                settings, events::add, clock, catalog::texts);
    }

    @Test
    void askingForAPersonQueuesTheCitizenSaysTheirPlaceAndAsksForTheCommune() {
        Turn turn = text(ConversationState.fresh(), "gặp tình nguyện viên");

        assertThat(turn.state().handoffTicketId()).isNotNull();
        assertThat(turn.replies()).hasSize(2);
        assertThat(turn.replies().get(0).kind()).isEqualTo(ReplyKind.HANDOFF);
        assertThat(turn.replies().get(0).text()).contains("vị trí số 1").contains("chưa đủ số liệu");
        assertThat(turn.replies().get(1).text()).contains("xã hoặc phường nào");
        assertThat(turn.replies().get(1).choices()).extracting(Choice::id).containsExactly("commune:skip", "handoff:cancel");
        assertThat(events).singleElement().isInstanceOf(HandoffRequested.class);
    }

    @Test
    void theQuestionThatLedHereAndACommuneNamedInItAreKept() {
        Turn miss = text(ConversationState.fresh(), "hỏi chuyện tranh chấp đất ở xã Ia Grai");
        Turn turn = text(miss.state(), "gap tinh nguyen vien");

        TicketDetails ticket = ticket(turn);
        assertThat(ticket.ticket().firstQuestion()).isEqualTo("hỏi chuyện tranh chấp đất ở xã Ia Grai");
        assertThat(ticket.ticket().commune()).isEqualTo("Xã Ia Grai");
        assertThat(turn.replies()).hasSize(1);
        assertThat(turn.state().communeQuestions()).isZero();
    }

    @Test
    void theCommuneIsUnderstoodWithoutDiacriticsAndWithATypo() {
        Turn asked = text(ConversationState.fresh(), "gặp tình nguyện viên");

        Turn answered = text(asked.state(), "plei kuu");

        assertThat(queue.find(asked.state().handoffTicketId()).orElseThrow().ticket().commune()).isEqualTo("Phường Pleiku");
        assertThat(answered.replies()).singleElement().satisfies(r -> assertThat(r.text()).contains("Phường Pleiku"));
        assertThat(answered.state().communeQuestions()).isZero();
    }

    @Test
    void anUnknownCommuneIsAskedOnceMoreAndThenLeftToTheVolunteer() {
        Turn asked = text(ConversationState.fresh(), "gặp tình nguyện viên");

        Turn again = text(asked.state(), "Hà Nội");
        Turn leftAlone = text(again.state(), "Sài Gòn");

        assertThat(again.replies()).singleElement().satisfies(r -> assertThat(r.text()).contains("chưa tìm thấy"));
        assertThat(leftAlone.replies()).singleElement().satisfies(r -> assertThat(r.text()).contains("Không sao"));
        assertThat(leftAlone.state().communeQuestions()).isZero();
        assertThat(leftAlone.state().handoffTicketId()).isEqualTo(asked.state().handoffTicketId());
    }

    @Test
    void whileWaitingMessagesJoinTheTicketAndAreAcknowledgedNowAndThen() {
        Turn queued = choice(ConversationState.fresh(), "handoff");
        Turn skipped = choice(queued.state(), "commune:skip");

        clock.advance(Duration.ofSeconds(10));
        Turn first = text(skipped.state(), "con tôi sinh ở bệnh viện tỉnh");
        clock.advance(Duration.ofSeconds(10));
        Turn soonAfter = text(first.state(), "giấy chứng sinh bị mất");
        clock.advance(Duration.ofMinutes(3));
        Turn later = text(soonAfter.state(), "còn ai không ạ");

        assertThat(first.replies()).singleElement().satisfies(r -> assertThat(r.text()).contains("đã chuyển tin nhắn"));
        assertThat(soonAfter.replies()).isEmpty();
        assertThat(soonAfter.citizenText()).isEqualTo("giấy chứng sinh bị mất");
        assertThat(later.replies()).hasSize(1);
        assertThat(ticket(later).ticket().lastMessageAt()).isEqualTo(clock.instant());
        assertThat(later.state().handoffTicketId()).isNotNull();
        assertThat(ticket(later).ticket().firstQuestion()).isEqualTo("con tôi sinh ở bệnh viện tỉnh");
    }

    @Test
    void huyCancelsWhileWaitingAndTheBotTalksAgain() {
        Turn queued = text(ConversationState.fresh(), "gặp tình nguyện viên");

        Turn cancelled = text(queued.state(), "hủy");
        Turn afterwards = text(cancelled.state(), "khai sinh");

        assertThat(cancelled.state().inHandoff()).isFalse();
        assertThat(cancelled.replies().get(0).text()).contains("đã hủy");
        assertThat(ticket(queued).status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(events).last().isInstanceOfSatisfying(HandoffClosed.class,
                e -> assertThat(e.resolution()).isEqualTo("cancelled"));
        assertThat(afterwards.replies()).singleElement().satisfies(r -> assertThat(r.kind()).isEqualTo(ReplyKind.ANSWER));
    }

    @Test
    void whileAVolunteerHoldsTheChatTheBotNeverAnswersOnItsOwn() {
        Turn queued = text(ConversationState.fresh(), "gặp tình nguyện viên");
        queue.claim(queued.state().handoffTicketId(), LAN, clock.instant(), Duration.ofMinutes(10));

        List<Turn> turns = List.of(text(queued.state(), "khai sinh"), text(queued.state(), "hủy"),
                text(queued.state(), "menu"), choice(queued.state(), "topic:ho-tich"),
                dialogueOf(InboundMessage.media(WEB, "m-img", "image"), queued.state()));

        assertThat(turns).allSatisfy(t -> {
            assertThat(t.replies()).isEmpty();
            assertThat(t.state().handoffTicketId()).isEqualTo(queued.state().handoffTicketId());
        });
        assertThat(turns.get(4).citizenText()).isEqualTo("(Hình ảnh)");
        assertThat(ticket(queued).status()).isEqualTo(TicketStatus.ASSIGNED);
    }

    @Test
    void afterCloseTheBotAnswersAgainAndATypedNumberRatesTheHelp() {
        Turn queued = text(ConversationState.fresh(), "gặp tình nguyện viên");
        String id = queued.state().handoffTicketId();
        queue.claim(id, LAN, clock.instant(), Duration.ofMinutes(10));
        queue.close(id, LAN, Resolution.ANSWERED, "", clock.instant());

        Turn rated = text(queued.state(), "5");
        Turn next = text(rated.state(), "khai sinh");

        assertThat(rated.replies().get(0).text()).contains("Cảm ơn bà con đã chấm điểm");
        assertThat(queue.find(id).orElseThrow().rating()).isEqualTo(5);
        assertThat(rated.state().inHandoff()).isFalse();
        assertThat(next.replies()).singleElement().satisfies(r -> assertThat(r.entryId()).isEqualTo("birth-registration"));
    }

    @Test
    void aRatingButtonCountsOnceEvenWhenTappedLater() {
        Turn queued = text(ConversationState.fresh(), "gặp tình nguyện viên");
        String id = queued.state().handoffTicketId();
        queue.claim(id, LAN, clock.instant(), Duration.ofMinutes(10));
        queue.close(id, LAN, Resolution.REFERRED, "", clock.instant());
        Turn question = text(queued.state(), "khai sinh");

        Turn rated = choice(question.state(), "rate:" + id + ":4");
        Turn twice = choice(rated.state(), "rate:" + id + ":1");

        assertThat(queue.find(id).orElseThrow().rating()).isEqualTo(4);
        assertThat(rated.citizenText()).isEqualTo("4 - Tốt");
        assertThat(twice.replies().get(0).text()).contains("đã chấm điểm cho lần hỗ trợ này rồi");
    }

    @Test
    void outsideVolunteerHoursTheCitizenIsToldWhenSomeoneWillAnswer() {
        clock.set(Instant.parse("2025-12-01T13:00:00Z"));

        Turn turn = text(ConversationState.fresh(), "gặp tình nguyện viên");

        assertThat(turn.replies().get(0).text()).contains("ngoài giờ trực")
                .contains("Thứ Hai đến Thứ Sáu 07:30–17:00").contains("lúc 07:30 ngày mai")
                .doesNotContain("chưa đủ số liệu");
        assertThat(queue.list(TicketStatus.WAITING, 0)).hasSize(1);
    }

    @Test
    void theWaitEstimateComesFromRecentRealWaits() {
        for (int i = 0; i < 5; i++) {
            String id = queue.open(new ConversationKey("zalo", "u" + i), null, null, clock.instant()).ticket().id();
            queue.claim(id, LAN, clock.instant().plus(Duration.ofMinutes(3 + i)), Duration.ofMinutes(10));
        }
        clock.advance(Duration.ofMinutes(10));

        Turn turn = text(ConversationState.fresh(), "gặp tình nguyện viên");

        assertThat(turn.replies().get(0).text()).contains("thường khoảng 5 phút");
    }

    @Test
    void decidingToQueueTheCitizenWritesNothingUntilTheEffectsAreMade() {
        Turn decided = handoff.respond(ConversationState.fresh(),
                InboundMessage.text(WEB, "m-decide", "gặp tình nguyện viên"), dialogue);

        assertThat(queue.list(TicketStatus.WAITING, 0)).isEmpty();
        assertThat(events).isEmpty();
        assertThat(decided.state().handoffTicketId()).isEqualTo(TicketEffect.NEW_TICKET);
        assertThat(decided.ticketEffects()).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(TicketEffect.Kind.OPEN));
        assertThat(decided.replies().get(0).text()).contains("vị trí số 1");

        ConversationState made = handoff.apply(WEB, decided.state(), decided.ticketEffects()).orElseThrow();

        assertThat(queue.find(made.handoffTicketId())).isPresent();
        assertThat(events).singleElement().isInstanceOf(HandoffRequested.class);
    }

    @Test
    void aCancelThatArrivesJustAfterAVolunteerClaimedLeavesTheChatWithTheVolunteer() {
        Turn queued = text(ConversationState.fresh(), "gặp tình nguyện viên");
        String id = queued.state().handoffTicketId();
        Turn cancelling = handoff.respond(queued.state(), InboundMessage.text(WEB, "m-cancel", "hủy"), dialogue);
        queue.claim(id, LAN, clock.instant(), Duration.ofMinutes(10));

        ConversationState made = handoff.apply(WEB, cancelling.state(), cancelling.ticketEffects()).orElseThrow();

        assertThat(made.handoffTicketId()).isEqualTo(id);
        assertThat(queue.find(id).orElseThrow().status()).isEqualTo(TicketStatus.ASSIGNED);
        assertThat(events).noneMatch(HandoffClosed.class::isInstance);
    }

    private TicketDetails ticket(Turn turn) {
        return queue.find(turn.state().handoffTicketId() == null ? "" : turn.state().handoffTicketId())
                .or(() -> queue.list(TicketStatus.CLOSED, 10).stream().reduce((a, b) -> b))
                .orElseThrow();
    }

    private Turn text(ConversationState state, String text) {
        return dialogueOf(InboundMessage.text(WEB, "m-" + text.hashCode() + clock.instant(), text), state);
    }

    private Turn choice(ConversationState state, String choiceId) {
        return dialogueOf(InboundMessage.choice(WEB, "c-" + choiceId.hashCode(), choiceId), state);
    }

    /** One turn as the engine runs it: decide, then (after the commit) make the ticket changes it asked for. */
    private Turn dialogueOf(InboundMessage message, ConversationState state) {
        Turn turn = handoff.respond(state, message, dialogue);
        return turn.withState(handoff.apply(WEB, turn.state(), turn.ticketEffects()).orElse(turn.state()));
    }
}
