package vn.gialai.dvcbot.channels.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading the real-shaped payloads of the research notes (§1.4, §1.5). */
class ZaloEventTests {

    @Test
    void aTextMessageNamesTheSenderTheOaTheMessageIdAndTheSignedTimestamp() {
        ZaloEvent event = read("user_send_text");

        assertThat(event.name()).isEqualTo("user_send_text");
        assertThat(event.userId()).isEqualTo(ZaloFixtures.USER);
        assertThat(event.oaId()).isEqualTo("3662729599332560487");
        assertThat(event.messageId()).isEqualTo("cb31dff1c39642cc1b83");
        assertThat(event.text()).isEqualTo("làm giấy khai sinh cho con ở đâu");
        assertThat(event.timestamp()).isEqualTo("1699003881354");
    }

    @Test
    void attachmentsFollowsAndTheOasEchoesAreReadFromTheirOwnFields() {
        assertThat(read("user_send_sticker").attachmentType()).isEqualTo("sticker");
        assertThat(read("user_send_location").attachmentType()).isEqualTo("location");
        assertThat(read("user_send_file").attachmentType()).isEqualTo("file");
        assertThat(read("follow").userId()).isEqualTo(ZaloFixtures.USER);
        assertThat(read("follow").oaId()).isEqualTo("3662729599332560487");
        assertThat(read("user_click_chatnow").userId()).isEqualTo(ZaloFixtures.USER);
        ZaloEvent echo = read("oa_send_text");
        assertThat(echo.isEcho()).isTrue();
        assertThat(echo.userId()).isEqualTo(ZaloFixtures.USER);
    }

    @Test
    void idsThatArriveAsJsonNumbersBeyond2To53KeepEveryDigit() {
        ZaloEvent event = ZaloEvent.of(ZaloFixtures.JSON.readTree(
                "{\"event_name\":\"user_send_text\",\"sender\":{\"id\":6142494823123456789},\"timestamp\":1699003881354}"));

        assertThat(event.userId()).isEqualTo("6142494823123456789");
        assertThat(event.timestamp()).isEqualTo("1699003881354");
    }

    private static ZaloEvent read(String fixture) {
        return ZaloEvent.of(ZaloFixtures.JSON.readTree(ZaloFixtures.raw(fixture)));
    }
}
