package vn.gialai.dvcbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.core.message.Choice;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.ReplyKind;
import vn.gialai.dvcbot.core.places.PlaceChoice;
import vn.gialai.dvcbot.core.places.PlaceDirectory;
import vn.gialai.dvcbot.core.places.PlaceReply;
import vn.gialai.dvcbot.core.testing.InMemoryAnswerCatalog;

/** The conversation asks the place directory before the procedures, and routes its buttons back to it. */
class DialoguePlaceQuestionsTests {

    private static final ConversationKey WEB = new ConversationKey("webchat", "s1");

    /** Knows one old place, "Diêu Trì", and one choice. */
    private static final PlaceDirectory ONE_PLACE = new PlaceDirectory() {
        @Override
        public Optional<PlaceReply> answer(String text) {
            return text.contains("Diêu Trì") ? Optional.of(new PlaceReply(false, "Nay thuộc xã Tuy Phước.",
                    List.of(new PlaceChoice("place:desk:21952", "Bộ phận một cửa xã Tuy Phước")))) : Optional.empty();
        }

        @Override
        public Optional<PlaceReply> choose(String choiceId) {
            return choiceId.equals("place:desk:21952")
                    ? Optional.of(new PlaceReply(false, "Chưa có địa chỉ đã kiểm chứng.", List.of())) : Optional.empty();
        }
    };

    private final InMemoryAnswerCatalog catalog = new InMemoryAnswerCatalog()
            .topic("ho-tich", "Hộ tịch")
            .add(InMemoryAnswerCatalog.procedure("birth-registration", "ho-tich", "Đăng ký khai sinh"), "khai sinh");
    private final Dialogue dialogue = new Dialogue(catalog, 2000, ONE_PLACE);

    @Test
    void aPlaceQuestionIsAnsweredByThePlaceDirectoryWithItsChoicesAndTheMenu() {
        Turn turn = dialogue.respond(ConversationState.fresh(), InboundMessage.text(WEB, "m1", "thị trấn Diêu Trì"));

        assertThat(turn.replies()).singleElement().satisfies(reply -> {
            assertThat(reply.kind()).isEqualTo(ReplyKind.ANSWER);
            assertThat(reply.text()).isEqualTo("Nay thuộc xã Tuy Phước.");
            assertThat(reply.choices()).extracting(Choice::id).containsExactly("place:desk:21952", "menu");
        });
        assertThat(turn.state().pendingChoices()).extracting(Choice::id).containsExactly("place:desk:21952", "menu");
    }

    @Test
    void whileAnEntryIsReadAPlaceQuestionStillGoesToThePlaces() {
        ConversationState reading = dialogue.respond(ConversationState.fresh(),
                InboundMessage.text(WEB, "m1", "khai sinh")).state();

        Reply plain = dialogue.respond(reading, InboundMessage.text(WEB, "m2", "thị trấn Diêu Trì")).replies().get(0);
        Reply withCue = dialogue.respond(reading, InboundMessage.text(WEB, "m3",
                "cho tôi hỏi nhà tôi ở thị trấn Diêu Trì cũ thì giờ làm giấy tờ ở đâu")).replies().get(0);

        assertThat(plain.text()).isEqualTo("Nay thuộc xã Tuy Phước.");
        assertThat(withCue.text()).isEqualTo("Nay thuộc xã Tuy Phước.");
    }

    @Test
    void otherQuestionsGoOnToTheProcedures() {
        Turn turn = dialogue.respond(ConversationState.fresh(), InboundMessage.text(WEB, "m1", "khai sinh"));

        assertThat(turn.replies()).singleElement().extracting(Reply::entryId).isEqualTo("birth-registration");
    }

    @Test
    void aPlaceButtonAndItsNumberAreAnsweredByThePlaceDirectory() {
        ConversationState asked = dialogue.respond(ConversationState.fresh(),
                InboundMessage.text(WEB, "m1", "Diêu Trì")).state();

        Turn tapped = dialogue.respond(asked, InboundMessage.choice(WEB, "m2", "place:desk:21952"));
        Turn typed = dialogue.respond(asked, InboundMessage.text(WEB, "m3", "1"));

        assertThat(tapped.replies()).singleElement().extracting(Reply::text).isEqualTo("Chưa có địa chỉ đã kiểm chứng.");
        assertThat(typed.replies()).singleElement().extracting(Reply::text).isEqualTo("Chưa có địa chỉ đã kiểm chứng.");
        assertThat(typed.citizenText()).isEqualTo("1 – Bộ phận một cửa xã Tuy Phước");
    }

    @Test
    void anUnknownPlaceButtonIsAStaleChoice() {
        Turn turn = dialogue.respond(ConversationState.fresh(), InboundMessage.choice(WEB, "m1", "place:desk:00000"));

        assertThat(turn.replies()).singleElement().extracting(Reply::text).asString().startsWith("Lựa chọn này không còn");
    }
}
