package vn.gialai.dvcbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.core.conversation.TurnHandled.Outcome;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.testing.InMemoryAnswerCatalog;
import vn.gialai.dvcbot.core.texts.BotTexts;

/** What a turn did, as the statistics count it, read from real dialogue turns. */
class TurnHandledTests {

    private static final ConversationKey WEB = new ConversationKey("webchat", "s1");
    private static final Instant AT = Instant.parse("2026-12-04T08:00:00Z");

    private final InMemoryAnswerCatalog catalog = new InMemoryAnswerCatalog()
            .topic("ho-tich", "Hộ tịch")
            .topic("cu-tru", "Cư trú")
            .add(InMemoryAnswerCatalog.procedure("birth-registration", "ho-tich", "Đăng ký khai sinh"), "khai sinh")
            .add(InMemoryAnswerCatalog.procedure("id-card", "cu-tru", "Căn cước"), "can cuoc", "cccd")
            .add(InMemoryAnswerCatalog.procedure("temporary-residence", "cu-tru", "Đăng ký tạm trú"), "tam tru")
            .guess("temporary-residence", "o tro");
    private final Dialogue dialogue = new Dialogue(catalog, 2000);

    @Test
    void anAnsweredQuestionIsAnAnswerFromItsEntry() {
        TurnHandled handled = handled(ConversationState.fresh(), text("lam giay khai sinh cho con"));

        assertThat(handled.outcomes()).containsExactly(Outcome.ANSWER);
        assertThat(handled.entryIds()).containsExactly("birth-registration");
        assertThat(handled.conversation()).isEqualTo(WEB);
        assertThat(handled.at()).isEqualTo(AT);
        assertThat(handled.stars()).isZero();
    }

    @Test
    void aTypedQuestionAboutTheEntryBeingReadIsAFollowUpButANumberIsNot() {
        ConversationState reading = dialogue.respond(ConversationState.fresh(), text("cccd")).state();

        assertThat(handled(reading, text("nộp ở mô rứa")).outcomes()).containsExactlyInAnyOrder(Outcome.ANSWER,
                Outcome.FOLLOW_UP);
        assertThat(handled(reading, text("2")).outcomes()).containsExactly(Outcome.ANSWER);
    }

    @Test
    void twoLikelyEntriesAreAClarificationAndALoneGuessAConfirmation() {
        assertThat(handled(ConversationState.fresh(), text("khai sinh hay căn cước")).outcomes())
                .containsExactly(Outcome.CLARIFY);
        assertThat(handled(ConversationState.fresh(), text("sinh viên ở trọ thì khai báo sao")).outcomes())
                .containsExactly(Outcome.CONFIRM);
    }

    @Test
    void anUnknownQuestionIsAFallback() {
        TurnHandled handled = handled(ConversationState.fresh(), text("xe buýt mấy giờ chạy"));

        assertThat(handled.outcomes()).containsExactly(Outcome.FALLBACK);
        assertThat(handled.entryIds()).isEmpty();
    }

    @Test
    void thumbsUpTappedOrTypedIsHelpfulAndThumbsDownUnhelpful() {
        ConversationState reading = dialogue.respond(ConversationState.fresh(), text("khai sinh")).state();

        assertThat(handled(reading, InboundMessage.choice(WEB, "m2", "helpful:yes:birth-registration")).outcomes())
                .containsExactly(Outcome.HELPFUL);
        assertThat(handled(reading, text("có")).outcomes()).containsExactly(Outcome.HELPFUL);
        assertThat(handled(reading, InboundMessage.choice(WEB, "m3", "helpful:no:birth-registration")).outcomes())
                .containsExactly(Outcome.UNHELPFUL);
        assertThat(handled(reading, text("không")).outcomes()).containsExactly(Outcome.UNHELPFUL);
    }

    @Test
    void aRatingEffectCarriesItsTicketAndStars() {
        Turn rated = dialogue.reply(ConversationState.fresh(), "5", java.util.List.of())
                .withEffect(TicketEffect.rate("t-42", 5));

        TurnHandled handled = TurnHandled.of(ConversationState.fresh(), text("5"), rated, AT, BotTexts.DEFAULTS);

        assertThat(handled.ratedTicketId()).isEqualTo("t-42");
        assertThat(handled.stars()).isEqualTo(5);
        assertThat(handled.outcomes()).isEmpty();
    }

    private TurnHandled handled(ConversationState before, InboundMessage message) {
        return TurnHandled.of(before, message, dialogue.respond(before, message), AT, BotTexts.DEFAULTS);
    }

    private static InboundMessage text(String text) {
        return InboundMessage.text(WEB, "m-" + text.hashCode(), text);
    }
}
