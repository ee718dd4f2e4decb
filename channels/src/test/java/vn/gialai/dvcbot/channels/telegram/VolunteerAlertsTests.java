package vn.gialai.dvcbot.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.core.handoff.Ticket;
import vn.gialai.dvcbot.core.handoff.TicketStatus;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.texts.BotTexts;

/** The volunteers' alert is written in the words editors publish; unedited lines keep the code's wording. */
class VolunteerAlertsTests {

    private static final Instant CREATED = Instant.parse("2026-12-07T02:00:00Z");
    private static final Ticket TICKET = new Ticket("42", TicketStatus.WAITING, new ConversationKey("webchat", "s1"),
            null, null, CREATED, CREATED, "Làm căn cước cho con, số 0912345678");

    @Test
    void theAlertFollowsTheDefaultWordingWithTheQuestionMaskedAndTheLink() {
        String text = alerts(BotTexts.DEFAULTS).text(TICKET, "⏳ Đang chờ người nhận.");

        assertThat(text).isEqualTo("""
                🔔 Bà con cần hỗ trợ – yêu cầu #42
                Xã, phường: chưa rõ
                Kênh: Trang web
                Gửi lúc: 09:00 07/12
                Đã chờ: 5 phút
                Câu hỏi: “Làm căn cước cho con, số 09******78”
                Mở trong hàng chờ: https://dvc.example.vn/console/tickets/42

                ⏳ Đang chờ người nhận.""".replace("09******78", masked()));
    }

    @Test
    void anEditorsWordingOfTheAlertIsUsed() {
        BotTexts edited = BotTexts.of(Map.of(
                "alert.new", "📣 Yêu cầu #{ticket} ({channel}, {commune}), gửi {sent}, đã chờ {waited}",
                "alert.commune-unknown", "không rõ xã", "alert.link", "Xem: {link}"));

        String text = alerts(edited).text(TICKET, "⏳ Đang chờ người nhận.");

        assertThat(text).startsWith("📣 Yêu cầu #42 (Trang web, không rõ xã), gửi 09:00 07/12, đã chờ 5 phút\n")
                .contains("\nXem: https://dvc.example.vn/console/tickets/42\n");
    }

    private static String masked() {
        return vn.gialai.dvcbot.core.feedback.PersonalData.mask("0912345678");
    }

    private static VolunteerAlerts alerts(BotTexts texts) {
        return new VolunteerAlerts(null, null, "-100", "https://dvc.example.vn/", null,
                Clock.fixed(CREATED.plusSeconds(300), ZoneOffset.UTC), () -> texts);
    }
}
