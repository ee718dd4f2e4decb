package vn.gialai.dvcbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.core.message.Choice;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.ReplyKind;
import vn.gialai.dvcbot.core.answers.EntryKind;
import vn.gialai.dvcbot.core.feedback.MissReason;
import vn.gialai.dvcbot.core.testing.InMemoryAnswerCatalog;

/** A lone plausible guess is confirmed instead of falling back; yes, no, late and forged answers to it. */
class DialogueConfirmationTests {

    private static final ConversationKey WEB = new ConversationKey("webchat", "s1");
    private static final Instant ASKED = Instant.parse("2026-12-04T08:00:00Z");

    private final InMemoryAnswerCatalog catalog = new InMemoryAnswerCatalog()
            .topic("cu-tru", "Cư trú")
            .add(InMemoryAnswerCatalog.procedure("temporary-residence", "cu-tru", "Đăng ký tạm trú"), "tam tru")
            .add(InMemoryAnswerCatalog.procedure("id-card", "cu-tru", "Căn cước"), "can cuoc")
            .add(InMemoryAnswerCatalog.smalltalk("greeting", EntryKind.SMALLTALK, "Chào bà con!"), "xin chao")
            .guess("temporary-residence", "o tro")
            .guess("greeting", "hello");
    private final Dialogue dialogue = new Dialogue(catalog, 2000);

    @Test
    void aLoneGuessAsksToConfirmItWithYesAndNoButtons() {
        Turn turn = say(ConversationState.fresh(), "sinh viên ở trọ thì khai báo sao", ASKED);

        Reply reply = single(turn);
        assertThat(reply.kind()).isEqualTo(ReplyKind.CLARIFY);
        assertThat(reply.text()).isEqualTo("Có phải bà con hỏi về “Đăng ký tạm trú” không ạ?");
        assertThat(reply.choices()).extracting(Choice::id, Choice::label).containsExactly(
                org.assertj.core.groups.Tuple.tuple("entry:temporary-residence", "Có"),
                org.assertj.core.groups.Tuple.tuple("not:temporary-residence", "Không, chủ đề khác"));
        assertThat(turn.misses()).isEmpty();
    }

    @Test
    void aTypedYesOrTheButtonAnswersTheGuessedEntryAndIsNotAMiss() {
        ConversationState asked = say(ConversationState.fresh(), "o tro khai bao sao", ASKED).state();

        Turn typed = say(asked, "dạ có", ASKED.plusSeconds(20));
        Turn tapped = dialogue.respond(asked, new InboundMessage(WEB, "b1", InboundMessage.Kind.CHOICE,
                "entry:temporary-residence", ASKED.plusSeconds(20)));

        for (Turn turn : java.util.List.of(typed, tapped)) {
            assertThat(single(turn).kind()).isEqualTo(ReplyKind.ANSWER);
            assertThat(single(turn).entryId()).isEqualTo("temporary-residence");
            assertThat(turn.state().currentEntryId()).isEqualTo("temporary-residence");
            assertThat(turn.misses()).isEmpty();
        }
        assertThat(single(tapped).text()).startsWith("Đăng ký tạm trú");
    }

    @Test
    void noIsRecordedAsAMissForEditorsAndOffersTopicsAndAVolunteer() {
        ConversationState asked = say(ConversationState.fresh(), "o tro khai bao sao", ASKED).state();

        for (Turn turn : java.util.List.of(say(asked, "không phải", ASKED.plusSeconds(30)), say(asked, "2",
                ASKED.plusSeconds(30)))) {
            assertThat(single(turn).text()).startsWith("Xin lỗi bà con, tôi đoán chưa đúng.");
            assertThat(single(turn).choices()).extracting(Choice::id).contains("topic:cu-tru", "handoff");
            assertThat(turn.misses()).singleElement().satisfies(miss -> {
                assertThat(miss.question()).isEqualTo("o tro khai bao sao");
                assertThat(miss.reason()).isEqualTo(MissReason.CONFIRMATION_DECLINED);
                assertThat(miss.entryId()).isEqualTo("temporary-residence");
            });
        }
    }

    @Test
    void anIgnoredConfirmationIsRecordedWhenTheCitizenMovesOn() {
        ConversationState asked = say(ConversationState.fresh(), "o tro khai bao sao", ASKED).state();

        Turn movedOn = say(asked, "làm căn cước", ASKED.plusSeconds(60));

        assertThat(single(movedOn).entryId()).isEqualTo("id-card");
        assertThat(movedOn.misses()).extracting(m -> m.reason()).containsExactly(MissReason.CLARIFY_IGNORED);
    }

    @Test
    void aYesLongAfterTheQuestionIsNotTakenAsAnAnswerToIt() {
        ConversationState asked = say(ConversationState.fresh(), "o tro khai bao sao", ASKED).state();

        Turn late = say(asked, "có", ASKED.plus(Dialogue.CONFIRMATION_KEPT).plus(Duration.ofMinutes(1)));

        assertThat(single(late).text()).startsWith("Bà con muốn hỏi về thủ tục nào ạ?");
        assertThat(single(late).choices()).extracting(Choice::id).contains("topic:cu-tru");
        assertThat(late.state().currentEntryId()).isNull();
    }

    @Test
    void aYesOrNoWithNothingAskedGetsAPromptNotAnError() {
        Reply yes = single(say(ConversationState.fresh(), "ok", ASKED));
        Reply no = single(say(ConversationState.fresh(), "không", ASKED));

        assertThat(yes.text()).startsWith("Bà con muốn hỏi về thủ tục nào ạ?");
        assertThat(no.text()).startsWith("Bà con muốn hỏi về thủ tục nào ạ?");
    }

    @Test
    void forgedOrStaleConfirmationButtonsGetASensibleReply() {
        Turn forgedNo = tap(ConversationState.fresh(), "not:no-such-entry");
        Turn forgedYes = tap(ConversationState.fresh(), "entry:no-such-entry");
        Turn emptyNo = tap(ConversationState.fresh(), "not:");

        assertThat(single(forgedNo).text()).startsWith("Xin lỗi bà con, tôi đoán chưa đúng.");
        assertThat(forgedNo.misses()).isEmpty();
        assertThat(single(forgedYes).text()).startsWith("Lựa chọn này không còn dùng được");
        assertThat(single(emptyNo).text()).startsWith("Lựa chọn này không còn dùng được");
    }

    @Test
    void aGuessedEntryRemovedByAnEditorBeforeTheYesGetsTheMenu() {
        ConversationState asked = say(ConversationState.fresh(), "o tro khai bao sao", ASKED).state();
        Dialogue afterPublish = new Dialogue(new InMemoryAnswerCatalog().topic("cu-tru", "Cư trú")
                .add(InMemoryAnswerCatalog.procedure("id-card", "cu-tru", "Căn cước"), "can cuoc"), 2000);

        Turn turn = afterPublish.respond(asked, new InboundMessage(WEB, "m2", InboundMessage.Kind.TEXT, "có",
                ASKED.plusSeconds(10)));

        assertThat(single(turn).text()).startsWith("Lựa chọn này không còn dùng được");
    }

    @Test
    void aLoneGuessOfAGreetingIsSimplyAnswered() {
        Reply reply = single(say(ConversationState.fresh(), "hello ad", ASKED));

        assertThat(reply.text()).startsWith("Chào bà con!");
    }

    /** One message at a given time; the state is stamped with it as the engine does. */
    private Turn say(ConversationState state, String text, Instant at) {
        Turn turn = dialogue.respond(state, new InboundMessage(WEB, "m-" + text.hashCode(), InboundMessage.Kind.TEXT,
                text, at));
        return turn.withState(turn.state().touchedAt(at));
    }

    private Turn tap(ConversationState state, String choiceId) {
        return dialogue.respond(state, new InboundMessage(WEB, "c1", InboundMessage.Kind.CHOICE, choiceId, ASKED));
    }

    private static Reply single(Turn turn) {
        assertThat(turn.replies()).hasSize(1);
        return turn.replies().get(0);
    }
}
