package vn.gialai.dvcbot.channels.zalo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.outbox.ChannelReachability;

/**
 * Zalo's messaging window: consultation messages are free only within 48 hours (configurable) of the
 * citizen's last interaction, so the bot never sends one outside it and tells the volunteer when the window
 * closes, or that it has closed.
 */
final class ZaloMessagingWindow implements ChannelReachability {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(VIETNAM);

    private final RedisZaloContacts contacts;
    private final Duration window;
    private final Clock clock;

    ZaloMessagingWindow(RedisZaloContacts contacts, Duration window, Clock clock) {
        this.contacts = contacts;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public String channel() {
        return ZaloSettings.CHANNEL;
    }

    @Override
    public Optional<Notice> notice(ConversationKey key) {
        Optional<String> unreachable = contacts.unreachableNotice(key);
        if (unreachable.isPresent()) {
            return Optional.of(new Notice(false, null, unreachable.get()
                    + " Tin trả lời sẽ không đến được người dân cho tới khi họ nhắn lại cho OA."));
        }
        Optional<Instant> last = contacts.lastInteraction(key);
        if (last.isEmpty()) {
            return Optional.of(new Notice(false, null, "Cửa sổ nhắn tin Zalo đã đóng: người dân chưa nhắn cho OA "
                    + "trong thời gian gần đây. Tin trả lời chỉ gửi được sau khi người dân nhắn lại cho OA."));
        }
        Instant closes = last.get().plus(window);
        Instant now = clock.instant();
        if (closes.isAfter(now)) {
            return Optional.of(new Notice(true, closes, "Cửa sổ nhắn tin Zalo đóng lúc " + WHEN.format(closes)
                    + " (" + remaining(Duration.between(now, closes)) + "). Sau thời điểm đó, tin trả lời chỉ gửi "
                    + "được khi người dân nhắn lại cho OA."));
        }
        return Optional.of(new Notice(false, null, "Cửa sổ nhắn tin Zalo đã đóng lúc " + WHEN.format(closes) + " ("
                + hours() + " giờ sau tin nhắn cuối của người dân). Tin trả lời chỉ gửi được sau khi người dân "
                + "nhắn lại cho OA."));
    }

    /** Why a consultation message must not be sent now (for the delivery record), or empty when it may. */
    Optional<String> closedReason(ConversationKey key) {
        if (contacts.unreachableNotice(key).isPresent()) {
            return Optional.of("the citizen cannot be reached on Zalo until they write to the OA again");
        }
        Optional<Instant> last = contacts.lastInteraction(key);
        if (last.isEmpty()) {
            return Optional.of("Zalo messaging window closed: no interaction from the citizen on record");
        }
        Instant closes = last.get().plus(window);
        if (!closes.isAfter(clock.instant())) {
            return Optional.of("Zalo messaging window closed at " + closes + " (" + hours()
                    + " h after the citizen's last interaction); free consultation messages are not sent after it");
        }
        return Optional.empty();
    }

    /** The citizen interacted: the window opens again (the time is capped at now, so a skewed clock cannot stretch it). */
    void interacted(ConversationKey key, Instant at) {
        Instant now = clock.instant();
        contacts.interacted(key, at.isAfter(now) ? now : at);
    }

    void unreachable(ConversationKey key, String notice) {
        contacts.unreachable(key, notice);
    }

    private long hours() {
        return window.toHours();
    }

    private static String remaining(Duration left) {
        if (left.toHours() >= 1) {
            return "còn khoảng " + left.toHours() + " giờ";
        }
        return "còn " + Math.max(1, left.toMinutes()) + " phút";
    }
}
