package vn.gialai.dvcbot.channels.zalo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.ReplyKind;
import vn.gialai.dvcbot.core.message.Sender;
import vn.gialai.dvcbot.core.outbox.ChannelReachability;
import vn.gialai.dvcbot.core.outbox.OutboxItem;

/**
 * Zalo's free consultation replies, as data (settings): at most {@code freeReplies} messages within
 * {@code messagingWindow} of the citizen's last message, each new citizen message starting the count again;
 * later or more are billed (until {@code paidWindow}) or refused. Follows and chat-button taps open nothing.
 * The bot never spends the last {@code freeRepliesKept} on its own menus and notices; a volunteer's reply that
 * would not be free is held until the citizen writes again, unless the volunteer chose to send it anyway; the
 * console is told all of it, in Vietnamese.
 */
final class ZaloMessagingWindow implements ChannelReachability {

    static final String UNREACHABLE = "the citizen cannot be reached on Zalo until they write to the OA again";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(VIETNAM);

    private final RedisZaloContacts contacts;
    private final ZaloSettings settings;
    private final Clock clock;

    ZaloMessagingWindow(RedisZaloContacts contacts, ZaloSettings settings, Clock clock) {
        this.contacts = contacts;
        this.settings = settings;
        this.clock = clock;
    }

    /** What to do with one outbox item of {@code parts} messages. */
    enum Verdict {
        /** Send: free replies were reserved ({@link Decision#reserved()}), or a one-time leave was used. */
        SEND,
        /** The citizen cannot be reached until they write to the OA again: give up this item. */
        UNREACHABLE,
        /** A volunteer's reply that would not be free: keep it until the citizen writes again. */
        HOLD,
        /** A bot message that would not be free, or would spend the replies kept for answers: not sent. */
        SKIP
    }

    /** @param refusalOnRecord a refusal of Zalo is on record, to be cleared once a reply goes through */
    record Decision(Verdict verdict, int reserved, String reason, boolean refusalOnRecord) {

        Decision(Verdict verdict, int reserved, String reason) {
            this(verdict, reserved, reason, true);
        }
    }

    @Override
    public String channel() {
        return ZaloSettings.CHANNEL;
    }

    @Override
    public boolean holdsReplies() {
        return true;
    }

    @Override
    public void allowPaidReply(ConversationKey key) {
        contacts.allowPaid(key);
    }

    Decision decide(OutboxItem item, int parts) {
        ConversationKey key = item.to();
        boolean menuOrNotice = item.from() == Sender.BOT && item.reply().kind() == ReplyKind.INFO;
        int usable = settings.freeReplies() - (menuOrNotice ? settings.freeRepliesKept() : 0);
        RedisZaloContacts.Reservation reservation = contacts.reserve(key, clock.instant(), settings.messagingWindow(),
                usable, parts);
        if (reservation.unreachable()) {
            return new Decision(Verdict.UNREACHABLE, 0, UNREACHABLE, false);
        }
        if (reservation.taken()) {
            return new Decision(Verdict.SEND, parts, "", reservation.refusalOnRecord());
        }
        if (item.from() == Sender.VOLUNTEER) {
            return contacts.takePaid(key) ? new Decision(Verdict.SEND, 0, "the volunteer chose to send it")
                    : new Decision(Verdict.HOLD, 0, why(reservation, false));
        }
        if (item.from() == Sender.BOT && contacts.takeWelcome(key)) {
            return new Decision(Verdict.SEND, 0, "the welcome to a new follower (ZALO_WELCOME_ON_FOLLOW)");
        }
        return new Decision(Verdict.SKIP, 0, why(reservation, menuOrNotice));
    }

    /** Zalo did not spend these reserved replies. */
    void release(ConversationKey key, int parts) {
        contacts.release(key, parts);
    }

    @Override
    public Optional<Notice> notice(ConversationKey key) {
        Optional<String> unreachable = contacts.unreachableNotice(key);
        if (unreachable.isPresent()) {
            return Optional.of(new Notice(false, null, unreachable.get()
                    + " Tin trả lời sẽ không đến được người dân cho tới khi họ nhắn lại cho OA."));
        }
        List<String> lines = new ArrayList<>();
        contacts.refusalNotice(key).ifPresent(lines::add);
        int held = contacts.held(key).size();
        if (held > 0) {
            lines.add("Có " + held + " tin trả lời đang được giữ lại; hệ thống tự gửi khi người dân nhắn lại cho OA.");
        }
        Notice window = windowNotice(key);
        lines.add(window.message());
        return Optional.of(new Notice(window.reachable(), window.until(), String.join(" ", lines)));
    }

    private Notice windowNotice(ConversationKey key) {
        Optional<Instant> last = contacts.lastInteraction(key);
        if (last.isEmpty()) {
            return new Notice(false, null, "Người dân chưa nhắn cho OA trong thời gian gần đây, nên tin trả lời "
                    + "không được miễn phí: Zalo sẽ tính phí hoặc từ chối. Bạn có thể giữ tin lại, hệ thống tự gửi "
                    + "khi người dân nhắn cho OA.");
        }
        Instant now = clock.instant();
        Instant closes = last.get().plus(settings.messagingWindow());
        int left = Math.max(0, settings.freeReplies() - contacts.sentSinceCitizen(key));
        if (closes.isAfter(now) && left > 0) {
            return new Notice(true, closes, "Còn " + left + "/" + settings.freeReplies() + " tin trả lời miễn phí "
                    + "trên Zalo, đến " + WHEN.format(closes) + " (" + remaining(Duration.between(now, closes))
                    + "). Mỗi lần người dân nhắn thêm, số tin miễn phí được tính lại từ đầu.");
        }
        String since = " kể từ tin nhắn cuối của người dân lúc " + WHEN.format(last.get());
        if (!last.get().plus(settings.paidWindow()).isAfter(now)) {
            return new Notice(false, null, "Đã quá " + settings.paidWindow().toDays() + " ngày" + since
                    + ": Zalo sẽ từ chối tin trả lời. Tin của bạn được giữ lại và tự gửi khi người dân nhắn lại cho OA.");
        }
        String used = closes.isAfter(now) ? "Đã dùng hết " + settings.freeReplies() + " tin trả lời miễn phí" + since
                : "Đã quá " + settings.messagingWindow().toHours() + " giờ" + since;
        return new Notice(false, null, used + ": tin gửi thêm sẽ bị Zalo tính phí hoặc từ chối. Bạn có thể giữ tin "
                + "lại (tự gửi khi người dân nhắn lại cho OA) hoặc chọn gửi ngay.");
    }

    /** Why a message may not be sent free, for the delivery record and the log. */
    private String why(RedisZaloContacts.Reservation reservation, boolean menuOrNotice) {
        return switch (reservation.outcome()) {
            case -2 -> "no message from the citizen on record, so no free Zalo reply";
            case -1 -> "the free Zalo window (" + settings.messagingWindow().toHours()
                    + " h after the citizen's last message) has closed";
            default -> menuOrNotice && reservation.sent() < settings.freeReplies()
                    ? "the last " + settings.freeRepliesKept() + " free Zalo replies are kept for answers and volunteers"
                    : "all " + settings.freeReplies() + " free Zalo replies since the citizen's last message are used";
        };
    }

    /**
     * A citizen's message: the window opens and the count starts again (at most at now, so a skewed clock cannot
     * stretch it). True when replies are held for the citizen (they may go out now).
     */
    boolean citizenWrote(ConversationKey key, Instant at) {
        Instant now = clock.instant();
        return contacts.citizenWrote(key, at.isAfter(now) ? now : at, settings.paidWindow()) > 0;
    }

    void followed(ConversationKey key) {
        contacts.followed(key);
    }

    void allowWelcome(ConversationKey key) {
        contacts.allowWelcome(key);
    }

    void unreachable(ConversationKey key, String notice) {
        contacts.unreachable(key, notice);
    }

    /** Zalo refused a reply: the volunteer reads why, until a reply goes through or the citizen writes. */
    void refused(ConversationKey key, String why) {
        contacts.refused(key, "Zalo đã từ chối tin trả lời lúc " + WHEN.format(clock.instant()) + " (" + why
                + "), tin đó chưa đến người dân.");
    }

    /** A reply went through: a refusal on record (as {@code decision} found) is over. */
    void delivered(ConversationKey key, Decision decision) {
        if (decision.refusalOnRecord()) {
            contacts.clearRefusal(key);
        }
    }

    private static String remaining(Duration left) {
        if (left.toHours() >= 1) {
            return "còn khoảng " + left.toHours() + " giờ";
        }
        return "còn " + Math.max(1, left.toMinutes()) + " phút";
    }
}
