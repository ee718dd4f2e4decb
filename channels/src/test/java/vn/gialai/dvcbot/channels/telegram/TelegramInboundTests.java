package vn.gialai.dvcbot.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.core.message.InboundMessage;

class TelegramInboundTests {

    private final TelegramInbound inbound = new TelegramInbound(() -> TelegramFixtures.USERNAME,
            new TelegramReplies(null));

    private TelegramInbound.Incoming read(String fixture) {
        return inbound.read(TelegramFixtures.update(TelegramFixtures.json(fixture)));
    }

    private TelegramInbound.Incoming text(String text) {
        return inbound.read(TelegramFixtures.update(TelegramFixtures.json("private_text")
                .replace("làm giấy khai sinh cho con ở đâu", text)));
    }

    @Test
    void aPrivateTextIsTheCitizensQuestionKeyedByChatAndUpdate() {
        InboundMessage message = read("private_text").message().orElseThrow();

        assertThat(message.kind()).isEqualTo(InboundMessage.Kind.TEXT);
        assertThat(message.text()).isEqualTo("làm giấy khai sinh cho con ở đâu");
        assertThat(message.conversation().channel()).isEqualTo("telegram");
        assertThat(message.conversation().chatId()).isEqualTo("7001");
        assertThat(message.messageId()).isEqualTo("tg-1001");
    }

    @Test
    void commandsMapToWhatTheEngineUnderstands() {
        assertThat(read("start_command").message().orElseThrow().kind()).isEqualTo(InboundMessage.Kind.START);
        assertThat(text("/menu").message().orElseThrow().text()).isEqualTo("menu");
        assertThat(text("/help").message().orElseThrow().text()).isEqualTo("hướng dẫn");
        InboundMessage volunteer = text("/volunteer@GiaLaiDvcBot").message().orElseThrow();
        assertThat(volunteer.kind()).isEqualTo(InboundMessage.Kind.CHOICE);
        assertThat(volunteer.text()).isEqualTo("handoff");
    }

    @Test
    void aCommandForAnotherBotIsNotOurs() {
        assertThat(text("/start@SomeOtherBot").message()).isEmpty();
    }

    @Test
    void anUnknownCommandInAPrivateChatShowsTheMenu() {
        assertThat(text("/xyz").message().orElseThrow().text()).isEqualTo("menu");
    }

    @Test
    void aTappedButtonIsAChoiceAndItsCallbackMustBeAnswered() {
        TelegramInbound.Incoming incoming = read("callback_query");

        assertThat(incoming.callbackQueryId()).isEqualTo("4382bfdwdsb323b2d9");
        assertThat(incoming.message().orElseThrow().kind()).isEqualTo(InboundMessage.Kind.CHOICE);
        assertThat(incoming.message().orElseThrow().text()).isEqualTo("section:birth-registration:steps");
    }

    @Test
    void stickersAndLocationsAreMedia() {
        assertThat(read("sticker").message().orElseThrow().text()).isEqualTo("sticker");
        assertThat(read("location").message().orElseThrow().text()).isEqualTo("location");
    }

    @Test
    void inAGroupOnlyMessagesAddressedToTheBotCountWithoutTheMention() {
        assertThat(read("group_text").message()).isEmpty();
        InboundMessage addressed = read("group_mention").message().orElseThrow();
        assertThat(addressed.text()).isEqualTo("làm giấy khai sinh cho con ở đâu");
        assertThat(addressed.conversation().chatId()).isEqualTo("-1001234567890");
    }
}
