package vn.gialai.dvcbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.core.answers.EntryKind;
import vn.gialai.dvcbot.core.message.Choice;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.ReplyKind;
import vn.gialai.dvcbot.core.testing.InMemoryAnswerCatalog;

class DialogueTests {

    private static final ConversationKey WEB = new ConversationKey("webchat", "s1");

    private final InMemoryAnswerCatalog catalog = new InMemoryAnswerCatalog()
            .topic("ho-tich", "Hộ tịch")
            .topic("cu-tru", "Cư trú")
            .add(InMemoryAnswerCatalog.procedure("birth-registration", "ho-tich", "Đăng ký khai sinh"), "khai sinh")
            .add(InMemoryAnswerCatalog.procedure("id-card", "cu-tru", "Căn cước"), "can cuoc", "cccd")
            .add(InMemoryAnswerCatalog.smalltalk("greeting", EntryKind.SMALLTALK, "Chào bà con!"), "xin chao")
            .add(InMemoryAnswerCatalog.smalltalk("thanks", EntryKind.SMALLTALK, "Không có chi ạ."), "cam on")
            .add(InMemoryAnswerCatalog.smalltalk("human-handoff", EntryKind.HANDOFF, ""), "nguoi that");
    private final Dialogue dialogue = new Dialogue(catalog, 2000);

    @Test
    void openingTheChatGreetsAndShowsEveryTopicAndAVolunteer() {
        Turn turn = dialogue.respond(ConversationState.fresh(), InboundMessage.start(WEB, "m1"));

        Reply reply = single(turn);
        assertThat(reply.text()).startsWith("Chào bà con!");
        assertThat(reply.choices()).extracting(Choice::id).containsExactly("topic:ho-tich", "topic:cu-tru", "handoff");
        assertThat(turn.state().pendingChoices()).isEqualTo(reply.choices());
    }

    @Test
    void aQuestionCloseToAnEntryGetsItsSummaryAndTheSectionsAsChoices() {
        Turn turn = text(ConversationState.fresh(), "lam giay khai sinh cho con");

        Reply reply = single(turn);
        assertThat(reply.kind()).isEqualTo(ReplyKind.ANSWER);
        assertThat(reply.entryId()).isEqualTo("birth-registration");
        assertThat(reply.text()).startsWith("Đăng ký khai sinh").contains("Tóm tắt Đăng ký khai sinh.");
        assertThat(reply.choices()).extracting(Choice::label).containsExactly("Các bước", "Giấy tờ cần chuẩn bị",
                "Lệ phí và thời gian", "Nộp ở đâu", "Làm trực tuyến", "Gặp tình nguyện viên", "Về danh sách chủ đề",
                "👍 Có ích", "👎 Chưa giúp được");
        assertThat(reply.text()).endsWith("Câu trả lời có giúp ích không?");
        assertThat(turn.state().currentEntryId()).isEqualTo("birth-registration");
    }

    @Test
    void aNumberPicksThatChoiceOfTheLastReply() {
        ConversationState reading = text(ConversationState.fresh(), "khai sinh").state();

        Turn turn = text(reading, "2");

        Reply reply = single(turn);
        assertThat(reply.text()).contains("Giấy tờ cần chuẩn bị").contains("• Tờ khai").contains("• Căn cước");
        assertThat(turn.citizenText()).isEqualTo("2 – Giấy tờ cần chuẩn bị");
    }

    @Test
    void aNumberOutsideTheChoicesIsExplainedAndTheChoicesStay() {
        ConversationState reading = text(ConversationState.fresh(), "khai sinh").state();

        Turn turn = text(reading, "12");

        assertThat(single(turn).text()).isEqualTo("Bà con chọn một số từ 1 đến 9 nhé.");
        assertThat(turn.state().pendingChoices()).isEqualTo(reading.pendingChoices());
    }

    @Test
    void aShortFollowUpInDialectAnswersForTheEntryBeingRead() {
        ConversationState reading = text(ConversationState.fresh(), "cccd").state();

        Reply whereToGo = single(text(reading, "nộp ở mô rứa"));
        Reply papers = single(text(reading, "cần giấy tờ gì ạ"));

        assertThat(whereToGo.text()).startsWith("Căn cước – Nộp ở đâu").contains("UBND xã, phường");
        assertThat(papers.text()).startsWith("Căn cước – Giấy tờ cần chuẩn bị");
    }

    @Test
    void menuWorksTypedWithOrWithoutDiacritics() {
        for (String typed : List.of("menu", "Hướng dẫn", "huong dan", "MENU")) {
            Reply reply = single(text(ConversationState.fresh(), typed));
            assertThat(reply.choices()).extracting(Choice::id).contains("topic:ho-tich", "handoff");
        }
    }

    @Test
    void twoLikelyEntriesAreOfferedAsChoices() {
        Reply reply = single(text(ConversationState.fresh(), "khai sinh va can cuoc"));

        assertThat(reply.kind()).isEqualTo(ReplyKind.CLARIFY);
        assertThat(reply.choices()).extracting(Choice::id)
                .containsExactly("entry:birth-registration", "entry:id-card", "handoff");
    }

    @Test
    void repeatedMissesOfferAVolunteerFirst() {
        Turn first = text(ConversationState.fresh(), "giá vàng hôm nay");
        Turn second = text(first.state(), "xổ số miền trung");

        assertThat(single(first).kind()).isEqualTo(ReplyKind.FALLBACK);
        assertThat(single(first).choices().get(0).id()).isEqualTo("menu");
        assertThat(single(second).choices().get(0).id()).isEqualTo("handoff");
        assertThat(second.state().recentMisses()).containsExactly("giá vàng hôm nay", "xổ số miền trung");
    }

    @Test
    void anAnswerResetsTheMissCount() {
        ConversationState missed = text(ConversationState.fresh(), "giá vàng").state();

        ConversationState answered = text(missed, "khai sinh").state();

        assertThat(answered.missCount()).isZero();
    }

    @Test
    void emptyOrBlankTextGetsAGentlePrompt() {
        Reply reply = single(text(ConversationState.fresh(), "   \n "));

        assertThat(reply.text()).startsWith("Bà con chưa nhập nội dung");
    }

    @Test
    void stickersAndImagesGetAPoliteReplyInText() {
        Turn turn = dialogue.respond(ConversationState.fresh(), InboundMessage.media(WEB, "m1", "sticker"));

        assertThat(single(turn).text()).contains("chỉ đọc được tin nhắn bằng chữ");
        assertThat(turn.citizenText()).isEqualTo("(Nhãn dán)");
    }

    @Test
    void aButtonFromAnOlderMessageStillWorks() {
        Turn turn = dialogue.respond(ConversationState.fresh(),
                InboundMessage.choice(WEB, "m1", "section:id-card:steps"));

        assertThat(single(turn).text()).startsWith("Căn cước – Các bước").contains("1. Chuẩn bị hồ sơ");
        assertThat(turn.citizenText()).isEqualTo("Các bước");
    }

    @Test
    void anUnknownChoiceShowsTheMenuAgain() {
        Reply reply = single(dialogue.respond(ConversationState.fresh(),
                InboundMessage.choice(WEB, "m1", "entry:no-such-entry")));

        assertThat(reply.text()).startsWith("Lựa chọn này không còn dùng được");
        assertThat(reply.choices()).extracting(Choice::id).contains("topic:ho-tich");
    }

    @Test
    void thanksAreAnsweredWarmly() {
        Reply reply = single(text(ConversationState.fresh(), "cảm ơn nhiều"));

        assertThat(reply.text()).isEqualTo("Không có chi ạ.");
    }

    @Test
    void askingForAPersonInAnyWayIsAHandoffRequest() {
        assertThat(text(ConversationState.fresh(), "cho tôi gặp người thật").handoffRequested()).isTrue();
        assertThat(text(ConversationState.fresh(), "gap tinh nguyen vien").handoffRequested()).isTrue();
        assertThat(dialogue.respond(ConversationState.fresh(), InboundMessage.choice(WEB, "c1", "handoff"))
                .handoffRequested()).isTrue();
    }

    @Test
    void aYesAcceptsTheVolunteerOfferedFirstAfterRepeatedMisses() {
        Turn first = text(ConversationState.fresh(), "abc xyz");
        Turn second = text(first.state(), "qwe rty");

        assertThat(text(second.state(), "có").handoffRequested()).isTrue();
        assertThat(text(first.state(), "có").handoffRequested()).isFalse();
    }

    @Test
    void aThumbsDownThanksTheCitizenOffersAVolunteerAndReportsTheQuestion() {
        ConversationState reading = text(ConversationState.fresh(), "lam giay khai sinh o mo").state();

        Turn turn = dialogue.respond(reading, InboundMessage.choice(WEB, "m9", "helpful:no:birth-registration"));

        assertThat(single(turn).text()).startsWith("Xin lỗi bà con vì câu trả lời chưa giúp được.");
        assertThat(single(turn).choices()).extracting(Choice::id).first().isEqualTo("handoff");
        assertThat(turn.citizenText()).isEqualTo("👎 Chưa giúp được");
        assertThat(turn.misses()).singleElement().satisfies(miss -> {
            assertThat(miss.question()).isEqualTo("lam giay khai sinh o mo");
            assertThat(miss.reason()).isEqualTo(vn.gialai.dvcbot.core.feedback.MissReason.RATED_UNHELPFUL);
            assertThat(miss.entryId()).isEqualTo("birth-registration");
        });
    }

    @Test
    void aThumbsUpIsThankedAndReportsNothing() {
        ConversationState reading = text(ConversationState.fresh(), "khai sinh").state();

        Turn turn = text(reading, "8");

        assertThat(single(turn).text()).startsWith("Cảm ơn bà con đã cho biết!");
        assertThat(turn.misses()).isEmpty();
    }

    @Test
    void aQuestionTheBotCannotAnswerIsReported() {
        Turn turn = text(ConversationState.fresh(), "gia vang hom nay");

        assertThat(turn.misses()).singleElement().satisfies(miss -> {
            assertThat(miss.question()).isEqualTo("gia vang hom nay");
            assertThat(miss.reason()).isEqualTo(vn.gialai.dvcbot.core.feedback.MissReason.FALLBACK);
        });
    }

    @Test
    void aClarificationLeftUnansweredIsReportedWhenTheCitizenMovesOn() {
        ConversationState asked = text(ConversationState.fresh(), "khai sinh va cccd").state();

        Turn movedOn = text(asked, "thôi hỏi cái khác");

        assertThat(movedOn.misses()).extracting(m -> m.question(), m -> m.reason()).contains(
                org.assertj.core.groups.Tuple.tuple("khai sinh va cccd",
                        vn.gialai.dvcbot.core.feedback.MissReason.CLARIFY_IGNORED));
        assertThat(movedOn.state().clarifyQuestion()).isNull();
    }

    @Test
    void aClarificationAnsweredByPickingAnEntryIsNotReported() {
        ConversationState asked = text(ConversationState.fresh(), "khai sinh va cccd").state();

        Turn picked = text(asked, "1");

        assertThat(picked.misses()).isEmpty();
        assertThat(single(picked).kind()).isEqualTo(ReplyKind.ANSWER);
    }

    private Turn text(ConversationState state, String text) {
        return dialogue.respond(state, InboundMessage.text(WEB, "m-" + text.hashCode(), text));
    }

    private static Reply single(Turn turn) {
        assertThat(turn.replies()).hasSize(1);
        return turn.replies().get(0);
    }
}
