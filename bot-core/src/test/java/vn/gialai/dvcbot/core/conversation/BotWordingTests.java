package vn.gialai.dvcbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.core.answers.EntryKind;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.core.handoff.HandoffSettings;
import vn.gialai.dvcbot.core.handoff.VolunteerSchedule;
import vn.gialai.dvcbot.core.message.Choice;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.testing.InMemoryAnswerCatalog;
import vn.gialai.dvcbot.core.testing.InMemoryHandoffQueue;
import vn.gialai.dvcbot.core.testing.SettableClock;
import vn.gialai.dvcbot.core.texts.BotText;

/** The bot speaks in the words the catalog publishes, and in the code's own where the catalog has none. */
class BotWordingTests {

    private static final ConversationKey WEB = new ConversationKey("webchat", "s1");

    private final InMemoryAnswerCatalog catalog = new InMemoryAnswerCatalog()
            .topic("ho-tich", "Hộ tịch")
            .add(InMemoryAnswerCatalog.procedure("birth-registration", "ho-tich", "Đăng ký khai sinh"), "khai sinh")
            .add(InMemoryAnswerCatalog.smalltalk("human-handoff", EntryKind.HANDOFF, ""), "nguoi that")
            .guess("birth-registration", "vua sinh em be");
    private final Dialogue dialogue = new Dialogue(catalog, 2000);

    @Test
    void aPublishedWordingIsWhatTheNextReplySays() {
        Reply before = fallback();
        catalog.texts(Map.of("fallback.first", "Tôi chưa rõ ý bà con. Bà con nêu tên giấy tờ cần làm giúp tôi nhé.",
                "label.menu", "Các chủ đề"));

        Reply after = fallback();

        assertThat(before.text()).isEqualTo(BotText.FALLBACK_FIRST.defaultText());
        assertThat(after.text()).isEqualTo("Tôi chưa rõ ý bà con. Bà con nêu tên giấy tờ cần làm giúp tôi nhé.");
        assertThat(after.choices()).extracting(Choice::label).containsExactly("Các chủ đề", "Gặp tình nguyện viên");
    }

    @Test
    void aConfirmationFillsInTheTitleOfTheEditorsWording() {
        catalog.texts(Map.of("confirm.question", "Bà con hỏi về “{title}” phải không?", "confirm.yes", "Đúng rồi"));

        Reply reply = dialogue.respond(ConversationState.fresh(), text("vừa sinh em bé")).replies().get(0);

        assertThat(reply.text()).isEqualTo("Bà con hỏi về “Đăng ký khai sinh” phải không?");
        assertThat(reply.choices()).extracting(Choice::label).containsExactly("Đúng rồi", "Không, chủ đề khác");
    }

    @Test
    void aKeyTheCatalogLacksOrWordsWronglyFallsBackToTheCodesWording() {
        catalog.texts(Map.of("confirm.question", "Bà con hỏi về thủ tục này phải không?"));

        Reply reply = dialogue.respond(ConversationState.fresh(), text("vừa sinh em bé")).replies().get(0);

        assertThat(reply.text()).isEqualTo("Có phải bà con hỏi về “Đăng ký khai sinh” không ạ?");
        assertThat(reply.choices()).extracting(Choice::label).containsExactly("Có", "Không, chủ đề khác");
    }

    @Test
    void theHandoffNoticesUseTheEditorsWordingWithThePlaceInTheQueue() {
        catalog.texts(Map.of("handoff.queued", "Đã chuyển bà con sang tình nguyện viên. {position}",
                "handoff.position", "Trước bà con còn {number} người.", "handoff.label-cancel", "Thôi, không cần"));
        HandoffSettings settings = new HandoffSettings(Duration.ofMinutes(10), ZoneId.of("Asia/Ho_Chi_Minh"), "always",
                Map.of(), Duration.ofDays(90), Duration.ofMinutes(2), Duration.ofDays(7), Duration.ofSeconds(5));
        HandoffConversation handoff = new HandoffConversation(new InMemoryHandoffQueue(), Communes.bundled(),
                new VolunteerSchedule(settings, Communes.bundled()), settings, event -> { },
                new SettableClock(Instant.parse("2026-12-07T02:00:00Z")), catalog::texts);

        Reply queued = handoff.respond(ConversationState.fresh(), text("gặp người thật"), dialogue).replies().get(0);

        assertThat(queued.text()).startsWith("Đã chuyển bà con sang tình nguyện viên. Trước bà con còn 1 người. ")
                .contains(BotText.WAIT_UNKNOWN.defaultText());
        assertThat(queued.choices()).extracting(Choice::label).containsExactly("Thôi, không cần");
    }

    @Test
    void aPhraseAnEditorAddsAsksForAPersonAndOneTheyRemoveNoLongerDoes() {
        assertThat(dialogue.respond(ConversationState.fresh(), text("gặp cán bộ")).handoffRequested()).isFalse();
        catalog.texts(Map.of("phrases.handoff", "gặp cán bộ\ngặp tình nguyện viên"));

        assertThat(dialogue.respond(ConversationState.fresh(), text("Gặp cán bộ")).handoffRequested()).isTrue();
        assertThat(dialogue.respond(ConversationState.fresh(), text("tnv")).handoffRequested()).isFalse();
    }

    private Reply fallback() {
        return dialogue.respond(ConversationState.fresh(), text("con mèo nhà tôi")).replies().get(0);
    }

    private static InboundMessage text(String text) {
        return InboundMessage.text(WEB, "m-" + text.hashCode(), text);
    }
}
