package vn.gialai.dvcbot.channels.zalo;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.gialai.dvcbot.channels.zalo.ZaloFixtures.SEND;
import static vn.gialai.dvcbot.channels.zalo.ZaloFixtures.USER;
import static vn.gialai.dvcbot.channels.zalo.ZaloFixtures.acceptSends;
import static vn.gialai.dvcbot.channels.zalo.ZaloFixtures.okJson;
import static vn.gialai.dvcbot.channels.zalo.ZaloFixtures.sent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.ReplyKind;
import vn.gialai.dvcbot.core.message.Sender;
import vn.gialai.dvcbot.core.outbox.ChannelReachability;
import vn.gialai.dvcbot.core.outbox.DeliveryResult.Outcome;
import vn.gialai.dvcbot.core.outbox.OutboxItem;

/**
 * Zalo's free replies against a stubbed openapi.zalo.me on a real Redis: at most 8 within 48 hours of the
 * citizen's last message, each new message starting the count again; the 9th reply of a volunteer is held and
 * the volunteer told; the bot keeps the last two for answers.
 */
class ZaloFreeRepliesIntegrationTests {

    private static final ConversationKey CITIZEN = new ConversationKey("zalo", USER);

    private final ZaloRig rig = new ZaloRig();
    private final ZaloRig.Instance zalo = rig.withAccessToken("valid").instance();

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void theNinthVolunteerReplyWithin48HoursIsHeldAndTheVolunteerIsTold() {
        acceptSends(rig.zalo);
        zalo.window().citizenWrote(CITIZEN, Instant.now().minus(Duration.ofHours(3)));

        for (int i = 1; i <= 8; i++) {
            assertThat(zalo.channel().deliver(volunteer("Tin thứ " + i)).outcome()).isEqualTo(Outcome.DELIVERED);
        }
        ChannelReachability.Notice before = zalo.window().notice(CITIZEN).orElseThrow();
        zalo.channel().deliver(volunteer("Tin thứ 9"));

        assertThat(texts()).hasSize(8).doesNotContain("Tin thứ 9");
        assertThat(before.reachable()).as("the console warns before the 9th is written").isFalse();
        assertThat(before.message()).startsWith("Đã dùng hết 8 tin trả lời miễn phí kể từ tin nhắn cuối của người dân")
                .contains("giữ tin lại").contains("gửi ngay");
        ChannelReachability.Notice after = zalo.window().notice(CITIZEN).orElseThrow();
        assertThat(after.message()).startsWith("Có 1 tin trả lời đang được giữ lại; hệ thống tự gửi khi người dân "
                + "nhắn lại cho OA.");
    }

    @Test
    void aNewCitizenMessageStartsTheCountAgainAndTheHeldReplyGoesOut() {
        acceptSends(rig.zalo);
        assertThat(zalo.window().citizenWrote(CITIZEN, Instant.now().minus(Duration.ofHours(3))))
                .as("nothing held yet").isFalse();
        for (int i = 1; i <= 9; i++) {
            zalo.channel().deliver(volunteer("Tin thứ " + i));
        }

        assertThat(zalo.window().citizenWrote(CITIZEN, Instant.now())).as("a reply is held").isTrue();
        zalo.channel().sendHeld(CITIZEN);

        assertThat(texts()).hasSize(9).endsWith("Tin thứ 9");
        assertThat(rig.redis.opsForList().size(rig.keys.conversation(CITIZEN, "zalo-held"))).isZero();
        ChannelReachability.Notice notice = zalo.window().notice(CITIZEN).orElseThrow();
        assertThat(notice.reachable()).isTrue();
        assertThat(notice.message()).startsWith("Còn 7/8 tin trả lời miễn phí trên Zalo");
    }

    @Test
    void aVolunteerWhoChoosesToSendAnywayIsNotHeld() {
        acceptSends(rig.zalo);
        zalo.window().citizenWrote(CITIZEN, Instant.now().minus(Duration.ofHours(50)));

        zalo.window().allowPaidReply(CITIZEN);

        assertThat(zalo.channel().deliver(volunteer("Em gửi bác thêm thông tin")).outcome()).isEqualTo(Outcome.DELIVERED);
        assertThat(zalo.channel().deliver(volunteer("Tin sau thì giữ lại")).outcome()).isEqualTo(Outcome.DELIVERED);
        assertThat(texts()).containsExactly("Em gửi bác thêm thông tin");
    }

    @Test
    void theBotNeverSpendsTheLastFreeRepliesOnMenusOrNotices() {
        acceptSends(rig.zalo);
        zalo.window().citizenWrote(CITIZEN, Instant.now());
        for (int i = 1; i <= 6; i++) {
            zalo.channel().deliver(bot(ReplyKind.ANSWER, "Trả lời " + i));
        }

        var menu = zalo.channel().deliver(bot(ReplyKind.INFO, "Bà con chọn một chủ đề"));
        var answer = zalo.channel().deliver(bot(ReplyKind.ANSWER, "Trả lời 7"));

        assertThat(menu.outcome()).isEqualTo(Outcome.UNDELIVERABLE);
        assertThat(menu.reason()).contains("the last 2 free Zalo replies are kept for answers and volunteers");
        assertThat(answer.outcome()).isEqualTo(Outcome.DELIVERED);
        assertThat(texts()).hasSize(7).doesNotContain("Bà con chọn một chủ đề");
    }

    @Test
    void aRefusalFromZaloReachesTheVolunteerAndGivesTheFreeReplyBack() {
        rig.zalo.stubFor(post(urlPathEqualTo(SEND)).willReturn(okJson("{\"error\":-211,\"message\":\"Out of quota\"}")));
        zalo.window().citizenWrote(CITIZEN, Instant.now());

        var result = zalo.channel().deliver(volunteer("Chào bác"));

        assertThat(result.outcome()).isEqualTo(Outcome.UNDELIVERABLE);
        ChannelReachability.Notice notice = zalo.window().notice(CITIZEN).orElseThrow();
        assertThat(notice.message()).startsWith("Zalo đã từ chối tin trả lời lúc").contains("OA đã hết hạn mức gửi tin")
                .contains("-211").contains("Còn 8/8 tin trả lời miễn phí");
    }

    @Test
    void aNewFollowerIsWelcomedOnceWhenTheSettingAllowsIt() {
        acceptSends(rig.zalo);
        zalo.window().allowWelcome(CITIZEN);

        var welcome = zalo.channel().deliver(bot(ReplyKind.INFO, "Chào bà con!"));
        var more = zalo.channel().deliver(bot(ReplyKind.INFO, "Danh sách chủ đề"));

        assertThat(welcome.outcome()).isEqualTo(Outcome.DELIVERED);
        assertThat(more.outcome()).isEqualTo(Outcome.UNDELIVERABLE);
        assertThat(texts()).containsExactly("Chào bà con!");
    }

    private List<String> texts() {
        return sent(rig.zalo).stream().map(b -> b.path("message").path("text").asString()).toList();
    }

    private static OutboxItem volunteer(String text) {
        return new OutboxItem(UUID.randomUUID().toString(), CITIZEN, Sender.VOLUNTEER, Reply.info(text), Instant.now(), 0);
    }

    private static OutboxItem bot(ReplyKind kind, String text) {
        return new OutboxItem(UUID.randomUUID().toString(), CITIZEN, Sender.BOT, new Reply(kind, text, null, List.of()),
                Instant.now(), 0);
    }
}
