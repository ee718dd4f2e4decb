package vn.gialai.dvcbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.core.message.Choice;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.ReplyKind;
import vn.gialai.dvcbot.core.testing.InMemoryAnswerCatalog;

/** Follow-ups open the section of the entry being read; a new topic in the same chat wins over the context. */
class DialogueFollowUpTests {

    private static final ConversationKey WEB = new ConversationKey("webchat", "s1");

    private final InMemoryAnswerCatalog catalog = new InMemoryAnswerCatalog()
            .topic("cu-tru", "Cư trú")
            .add(InMemoryAnswerCatalog.procedure("id-card", "cu-tru", "Căn cước"), "can cuoc", "cccd")
            .add(InMemoryAnswerCatalog.procedure("driver-license", "cu-tru", "Đổi bằng lái xe"), "bang lai")
            .add(InMemoryAnswerCatalog.procedure("temporary-residence", "cu-tru", "Đăng ký tạm trú"), "tam tru")
            .guess("temporary-residence", "o tro")
            .guess("id-card", "the can")
            .outOfScope("gia vang");
    private final Dialogue dialogue = new Dialogue(catalog, 2000);

    @Test
    void followUpsInEveryFormOpenTheMatchingSection() {
        ConversationState reading = text(ConversationState.fresh(), "làm cccd").state();

        assertSection(reading, Section.WHERE, "nộp ở đâu", "ở mô rứa", "o dau v ad", "làm ở chỗ nào", "nop o mo");
        assertSection(reading, Section.FEES, "mấy ngày", "bao lâu thì có", "lệ phí bao nhiêu", "bao nhiêu tiền",
                "het bn tien ad", "mat bao lau", "có mất phí không hè");
        assertSection(reading, Section.DOCUMENTS, "cần giấy gì nữa", "can giay j nua", "mang theo những gì ạ",
                "cần chuẩn bị gì");
        assertSection(reading, Section.ONLINE, "làm online được không", "lm onl dc ko", "làm trên điện thoại được không",
                "nộp qua mạng được không");
        assertSection(reading, Section.STEPS, "các bước làm thế nào", "lam rang", "thủ tục ra sao");
    }

    @Test
    void aFirstQuestionThatAsksForOnePartGetsThatSectionAtOnce() {
        Turn fees = text(ConversationState.fresh(), "lệ phí làm cccd bao nhiêu");
        Turn where = text(ConversationState.fresh(), "lam cccd o mo");

        assertThat(single(fees).text()).startsWith("Căn cước – Lệ phí và thời gian");
        assertThat(fees.state().currentSection()).isEqualTo("fees");
        assertThat(single(where).text()).startsWith("Căn cước – Nộp ở đâu");
        assertThat(where.state().currentEntryId()).isEqualTo("id-card");
    }

    @Test
    void aFirstQuestionAskingHowGetsTheSummary() {
        Turn how = text(ConversationState.fresh(), "làm cccd như thế nào");
        Turn plain = text(ConversationState.fresh(), "làm cccd");

        assertThat(single(how).text()).isEqualTo(single(plain).text());
        assertThat(how.state().currentSection()).isNull();
    }

    @Test
    void anEntryPickedFromAClarifyOrConfirmedOpensTheSectionTheQuestionAskedFor() {
        ConversationState clarified = text(ConversationState.fresh(), "đổi bằng lái với căn cước hết bao nhiêu tiền")
                .state();
        ConversationState confirming = text(ConversationState.fresh(), "thẻ căn làm ở mô").state();

        Reply picked = single(text(clarified, "1"));
        Reply confirmed = single(text(confirming, "có"));

        assertThat(picked.text()).startsWith("Căn cước – Lệ phí và thời gian");
        assertThat(confirmed.text()).startsWith("Căn cước – Nộp ở đâu");
    }

    @Test
    void anEntryPickedFromAClarifyThatAskedNoPartShowsTheSummary() {
        ConversationState clarified = text(ConversationState.fresh(), "đổi bằng lái với căn cước").state();

        Reply picked = single(text(clarified, "1"));

        assertThat(picked.text()).startsWith("Căn cước\n\nTóm tắt");
    }

    @Test
    void theSectionShownIsRememberedInTheState() {
        ConversationState reading = text(ConversationState.fresh(), "làm cccd").state();

        Turn turn = text(reading, "mất bao lâu");

        assertThat(turn.state().currentEntryId()).isEqualTo("id-card");
        assertThat(turn.state().currentSection()).isEqualTo("fees");
    }

    @Test
    void aNewTopicInTheSameChatWinsOverTheContext() {
        ConversationState reading = text(ConversationState.fresh(), "làm cccd").state();

        Reply other = single(text(reading, "đổi bằng lái mất bao lâu"));
        Reply plain = single(text(reading, "còn đăng ký tạm trú thì sao"));

        assertThat(other.entryId()).isEqualTo("driver-license");
        assertThat(plain.entryId()).isEqualTo("temporary-residence");
    }

    @Test
    void anOutOfScopeQuestionWithACueIsNotTakenAsAFollowUp() {
        ConversationState reading = text(ConversationState.fresh(), "làm cccd").state();

        Turn turn = text(reading, "giá vàng hôm nay bao nhiêu");

        assertThat(single(turn).kind()).isEqualTo(ReplyKind.FALLBACK);
    }

    @Test
    void aFollowUpRightAfterAConfirmationTakesTheGuessAsMeantAndIsNotAMiss() {
        ConversationState asked = text(ConversationState.fresh(), "sinh viên ở trọ thì khai báo sao").state();

        Turn turn = text(asked, "nộp ở đâu");

        assertThat(single(turn).text()).startsWith("Đăng ký tạm trú – Nộp ở đâu");
        assertThat(turn.misses()).isEmpty();
    }

    @Test
    void anUnsureQuestionThatFitsTheEntryBeingReadIsAnsweredFromIt() {
        ConversationState reading = text(ConversationState.fresh(), "làm cccd").state();

        Reply reply = single(text(reading, "còn làm thẻ cho con thì sao"));

        assertThat(reply.kind()).isEqualTo(ReplyKind.ANSWER);
        assertThat(reply.entryId()).isEqualTo("id-card");
    }

    @Test
    void contextPointingToAnEntryAnEditorRemovedIsIgnored() {
        ConversationState reading = text(ConversationState.fresh(), "làm cccd").state();
        Dialogue afterPublish = new Dialogue(new InMemoryAnswerCatalog().topic("cu-tru", "Cư trú")
                .add(InMemoryAnswerCatalog.procedure("temporary-residence", "cu-tru", "Đăng ký tạm trú"), "tam tru"),
                2000);

        Turn turn = afterPublish.respond(reading, InboundMessage.text(WEB, "m2", "nộp ở đâu"));

        assertThat(single(turn).kind()).isEqualTo(ReplyKind.FALLBACK);
    }

    @Test
    void aLongPoliteFollowUpStillOpensTheSection() {
        ConversationState reading = text(ConversationState.fresh(), "làm cccd").state();

        Reply reply = single(text(reading, "dạ cảm ơn cháu nhiều, mà cho bác hỏi thêm chút là làm cái này thì phải "
                + "nộp ở đâu vậy cháu"));

        assertThat(reply.text()).startsWith("Căn cước – Nộp ở đâu");
    }

    @Test
    void aLongMessageWithACueAboutAnotherEntryIsAQuestionOfItsOwn() {
        ConversationState reading = text(ConversationState.fresh(), "làm cccd").state();

        Reply reply = single(text(reading, "à còn một việc nữa, con tôi đi học xa thì tạm trú với đổi bằng lái "
                + "phải làm ở đâu"));

        assertThat(reply.kind()).isEqualTo(ReplyKind.CLARIFY);
        assertThat(reply.choices()).extracting(Choice::id)
                .containsExactly("entry:driver-license", "entry:temporary-residence", "handoff");
    }

    @Test
    void aFollowUpRightAfterAClarifyOpensTheSectionOfTheBestChoiceAndOffersTheSameSectionOfTheOthers() {
        ConversationState reading = text(ConversationState.fresh(), "làm cccd").state();
        ConversationState clarified = text(reading, "đổi bằng lái với đăng ký tạm trú").state();

        Turn turn = text(clarified, "nộp ở đâu");

        Reply reply = single(turn);
        assertThat(reply.text()).startsWith("Đổi bằng lái xe – Nộp ở đâu");
        assertThat(reply.choices().get(0)).isEqualTo(
                new Choice("section:temporary-residence:where", "Đăng ký tạm trú – Nộp ở đâu"));
        assertThat(turn.state().currentEntryId()).isEqualTo("driver-license");
        assertThat(turn.misses()).as("the best choice is taken as meant").isEmpty();
    }

    @Test
    void theChoiceThatFitsTheClarifiedQuestionReadWithTheFollowUpComesFirst() {
        InMemoryAnswerCatalog twoPapers = new InMemoryAnswerCatalog().topic("bhyt", "Bảo hiểm y tế")
                .add(InMemoryAnswerCatalog.procedure("child-insurance", "bhyt", "BHYT cho trẻ em"), "the bhyt")
                .add(InMemoryAnswerCatalog.procedure("household-insurance", "bhyt", "BHYT hộ gia đình"), "the bhyt",
                        "ca nha");
        Dialogue bhyt = new Dialogue(twoPapers, 2000);
        ConversationState clarified = bhyt.respond(ConversationState.fresh(),
                InboundMessage.text(WEB, "m1", "làm thẻ bhyt")).state();

        Turn turn = bhyt.respond(clarified, InboundMessage.text(WEB, "m2", "cả nhà hết bao nhiêu tiền"));

        assertThat(single(turn).text()).startsWith("BHYT hộ gia đình – Lệ phí");
        assertThat(single(turn).choices()).extracting(Choice::id).startsWith("section:child-insurance:fees");
    }

    @Test
    void theEntryReadBeforeAClarifyIsNoContextAfterIt() {
        ConversationState reading = text(ConversationState.fresh(), "làm cccd").state();
        ConversationState clarified = text(reading, "đổi bằng lái với đăng ký tạm trú").state();

        Reply reply = single(text(clarified, "còn làm thẻ cho con thì sao"));

        assertThat(reply.entryId()).isNotEqualTo("id-card");
        assertThat(reply.text()).doesNotStartWith("Căn cước");
    }

    @Test
    void aFollowUpAfterAClarifyWhoseEntriesAnEditorRemovedIsMatchedAsANewQuestion() {
        ConversationState clarified = text(ConversationState.fresh(), "đổi bằng lái với đăng ký tạm trú").state();
        Dialogue afterPublish = new Dialogue(new InMemoryAnswerCatalog().topic("cu-tru", "Cư trú")
                .add(InMemoryAnswerCatalog.procedure("id-card", "cu-tru", "Căn cước"), "can cuoc"), 2000);

        Turn turn = afterPublish.respond(clarified, InboundMessage.text(WEB, "m3", "nộp ở đâu"));

        assertThat(single(turn).kind()).isEqualTo(ReplyKind.FALLBACK);
        assertThat(turn.state().currentEntryId()).isNull();
    }

    private void assertSection(ConversationState reading, Section section, String... followUps) {
        for (String followUp : followUps) {
            Reply reply = single(text(reading, followUp));
            assertThat(reply.text()).as(followUp).startsWith("Căn cước – " + section.label);
        }
    }

    private Turn text(ConversationState state, String text) {
        return dialogue.respond(state, InboundMessage.text(WEB, "m-" + text.hashCode(), text));
    }

    private static Reply single(Turn turn) {
        assertThat(turn.replies()).hasSize(1);
        return turn.replies().get(0);
    }

}
