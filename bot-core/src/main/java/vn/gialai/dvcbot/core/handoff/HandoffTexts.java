package vn.gialai.dvcbot.core.handoff;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import vn.gialai.dvcbot.core.message.Choice;

/** What the bot tells a citizen about their request for a volunteer, in one place for whoever edits wording. */
public final class HandoffTexts {

    public static final String CANCEL_CHOICE = "handoff:cancel";
    public static final String SKIP_COMMUNE_CHOICE = "commune:skip";
    public static final String COMMUNE_CHOICE_PREFIX = "commune:";
    public static final String RATE_CHOICE_PREFIX = "rate:";
    static final String MENU_CHOICE = "menu";

    public static final String LABEL_CANCEL = "Hủy yêu cầu";
    public static final String LABEL_SKIP = "Bỏ qua";
    static final String LABEL_MENU = "Về danh sách chủ đề";

    public static final String WHILE_WAITING = """
            Trong lúc chờ, bà con cứ nhắn thêm điều cần hỏi, tình nguyện viên sẽ đọc hết. \
            Không cần nữa thì bà con gõ "hủy".""";

    public static final String ASK_COMMUNE = """
            Bà con đang ở xã hoặc phường nào? Ví dụ: "Ia Grai", "phường Pleiku" (gõ không dấu cũng được). \
            Biết nơi bà con ở, đội tình nguyện viên của địa phương sẽ hỗ trợ sát hơn.""";

    public static final String PICK_COMMUNE = "Bà con ở xã, phường nào dưới đây?";

    public static final String COMMUNE_SKIPPED = "Không sao ạ, tình nguyện viên sẽ hỏi thêm nếu cần.";

    public static final String CANCELLED = """
            Tôi đã hủy yêu cầu gặp tình nguyện viên. Bà con cứ tiếp tục hỏi tôi, hoặc chọn một chủ đề.""";

    public static final String RATED = "Cảm ơn bà con đã chấm điểm! Ý kiến của bà con giúp đội tình nguyện viên hỗ trợ tốt hơn.";

    public static final String ALREADY_RATED = "Bà con đã chấm điểm cho lần hỗ trợ này rồi. Cảm ơn bà con!";

    public static final String CLOSED_ASK_RATING = """
            Tình nguyện viên đã kết thúc cuộc trò chuyện. Từ giờ tôi, trợ lý tự động, tiếp tục trả lời bà con. \
            Bà con chấm điểm sự hỗ trợ vừa rồi từ 1 (chưa tốt) đến 5 (rất tốt) nhé:""";

    public static final String CLOSED = """
            Cuộc trò chuyện với tình nguyện viên đã kết thúc. Từ giờ tôi, trợ lý tự động, tiếp tục trả lời bà con. \
            Bà con cần gì cứ hỏi nhé.""";

    public static final String OUTSIDE_HOURS_NO_SCHEDULE = """
            Hiện chưa có lịch trực của tình nguyện viên. Yêu cầu của bà con vẫn được giữ và sẽ được trả lời \
            khi có người trực. Nếu việc gấp, bà con đến bộ phận một cửa của UBND xã, phường trong giờ hành chính.""";

    private static final String[] RATING_LABELS = {"1 - Chưa tốt", "2 - Tạm được", "3 - Được", "4 - Tốt", "5 - Rất tốt"};

    private HandoffTexts() {
    }

    public static String queued(OptionalInt position, WaitEstimate estimate) {
        return inQueue(position) + " " + estimate.describe();
    }

    /** Queued while nobody is on duty: when they will be, instead of a wait estimate that would mislead. */
    public static String queuedOffDuty(OptionalInt position, VolunteerSchedule.OffDuty offDuty) {
        return inQueue(position) + " " + outsideHours(offDuty);
    }

    private static String inQueue(OptionalInt position) {
        String text = "Tôi đã chuyển yêu cầu của bà con đến tình nguyện viên Đoàn Thanh niên.";
        return position.isPresent() ? text + " Bà con đang ở vị trí số " + position.getAsInt() + " trong hàng chờ." : text;
    }

    public static String outsideHours(VolunteerSchedule.OffDuty offDuty) {
        if (offDuty.next().isEmpty()) {
            return OUTSIDE_HOURS_NO_SCHEDULE;
        }
        return "Bây giờ ngoài giờ trực của tình nguyện viên (" + offDuty.hours().describe() + "). "
                + "Yêu cầu của bà con vẫn được giữ trong hàng chờ; tình nguyện viên sẽ trả lời khi vào ca, sớm nhất "
                + VolunteerHours.when(offDuty.next().get(), offDuty.now()) + ". "
                + "Nếu việc gấp, bà con đến bộ phận một cửa của UBND xã, phường trong giờ hành chính.";
    }

    public static String communeNotFound(String answer) {
        String shown = answer.length() > 40 ? answer.substring(0, 40) + "…" : answer;
        return "Tôi chưa tìm thấy \"" + shown + "\" trong danh sách 135 xã, phường của tỉnh Gia Lai. "
                + "Bà con gõ lại tên xã, phường (không dấu cũng được), hoặc chọn \"Bỏ qua\".";
    }

    public static String communeNoted(String commune, OptionalInt position) {
        String text = "Cảm ơn bà con, tôi đã ghi nhận: " + commune + ".";
        return position.isPresent() ? text + " Bà con đang ở vị trí số " + position.getAsInt() + " trong hàng chờ." : text;
    }

    public static String stillWaiting(OptionalInt position) {
        String where = position.isPresent() ? " Bà con đang ở vị trí số " + position.getAsInt() + " trong hàng chờ." : "";
        return "Tôi đã chuyển tin nhắn này cho tình nguyện viên." + where + " Không cần nữa thì bà con gõ \"hủy\".";
    }

    public static String claimed(String volunteerName) {
        return "Tình nguyện viên " + volunteerName + " đã nhận hỗ trợ bà con và sẽ nhắn ngay tại đây. "
                + "Bà con chờ trong giây lát nhé.";
    }

    public static String released(OptionalInt position) {
        return "Tình nguyện viên vừa chuyển yêu cầu của bà con lại hàng chờ để người khác tiếp tục hỗ trợ."
                + place(position);
    }

    public static String leaseLapsed(OptionalInt position) {
        return "Tình nguyện viên tạm thời vắng mặt nên yêu cầu của bà con đã trở lại hàng chờ." + place(position)
                + " Tình nguyện viên khác sẽ sớm hỗ trợ bà con.";
    }

    private static String place(OptionalInt position) {
        return position.isPresent() ? " Bà con đang ở vị trí số " + position.getAsInt() + "." : "";
    }

    public static List<Choice> waitingChoices() {
        return List.of(new Choice(CANCEL_CHOICE, LABEL_CANCEL));
    }

    public static List<Choice> communeChoices(List<Commune> candidates) {
        List<Choice> choices = new ArrayList<>();
        candidates.forEach(c -> choices.add(new Choice(COMMUNE_CHOICE_PREFIX + c.code(), c.name())));
        choices.add(new Choice(SKIP_COMMUNE_CHOICE, LABEL_SKIP));
        return choices;
    }

    public static List<Choice> askCommuneChoices() {
        return List.of(new Choice(SKIP_COMMUNE_CHOICE, LABEL_SKIP), new Choice(CANCEL_CHOICE, LABEL_CANCEL));
    }

    public static List<Choice> ratingChoices(String ticketId) {
        List<Choice> choices = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            choices.add(new Choice(RATE_CHOICE_PREFIX + ticketId + ":" + i, RATING_LABELS[i - 1]));
        }
        return choices;
    }

    public static String ratingLabel(int rating) {
        return RATING_LABELS[rating - 1];
    }

    public static Choice menuChoice() {
        return new Choice(MENU_CHOICE, LABEL_MENU);
    }
}
