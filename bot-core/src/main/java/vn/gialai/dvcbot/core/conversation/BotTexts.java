package vn.gialai.dvcbot.core.conversation;

/** Everything the bot says on its own, in one place so editors of wording can find it. */
final class BotTexts {

    static final String GREETING = """
            Xin chào bà con! Tôi là trợ lý hỏi đáp thủ tục hành chính của tỉnh Gia Lai. \
            Tôi chỉ cách làm giấy tờ: cần giấy tờ gì, nộp ở đâu, mất bao lâu, lệ phí bao nhiêu và cách nộp trực tuyến. \
            Khi cần, tôi kết nối bà con với tình nguyện viên Đoàn Thanh niên.""";

    static final String MENU_PROMPT = """
            Bà con chọn một chủ đề bên dưới, hoặc gõ câu hỏi, ví dụ: “làm căn cước ở đâu”, \
            “đăng ký khai sinh cần giấy tờ gì”.""";

    static final String EMPTY_MESSAGE = """
            Bà con chưa nhập nội dung. Bà con cứ gõ câu hỏi về thủ tục cần làm, \
            hoặc gõ “menu” để xem các chủ đề.""";

    static final String MEDIA_MESSAGE = """
            Cảm ơn bà con. Hiện tôi chỉ đọc được tin nhắn bằng chữ, chưa xem được hình ảnh, nhãn dán, \
            tệp hay vị trí. Bà con vui lòng gõ câu hỏi bằng chữ, hoặc chọn “Gặp tình nguyện viên” để được người hỗ trợ.""";

    static final String FALLBACK_FIRST = """
            Xin lỗi bà con, tôi chưa hiểu rõ câu hỏi này. Bà con thử hỏi ngắn gọn hơn và nêu tên giấy tờ \
            hoặc thủ tục, ví dụ “làm lại căn cước bị mất”. Bà con cũng có thể chọn chủ đề hoặc gặp tình nguyện viên.""";

    static final String FALLBACK_REPEATED = """
            Xin lỗi bà con, tôi vẫn chưa tìm được câu trả lời phù hợp. Bà con có muốn nói chuyện với \
            tình nguyện viên Đoàn Thanh niên không? Tình nguyện viên sẽ hỗ trợ trực tiếp.""";

    static final String CLARIFY = "Tôi chưa chắc bà con hỏi về thủ tục nào. Bà con chọn một mục dưới đây nhé:";

    static final String LABEL_CONFIRM_YES = "Có";
    static final String LABEL_CONFIRM_NO = "Không, chủ đề khác";

    static final String CONFIRMATION_DECLINED = """
            Xin lỗi bà con, tôi đoán chưa đúng. Tôi đã ghi lại để người biên tập bổ sung. Bà con gõ lại câu hỏi \
            và nêu rõ tên giấy tờ hoặc thủ tục, hoặc chọn chủ đề bên dưới, hoặc gặp tình nguyện viên.""";

    /** A "có"/"không" when nothing is waiting for an answer, or the question asked is too old to go by. */
    static final String NOTHING_TO_CONFIRM = """
            Bà con muốn hỏi về thủ tục nào ạ? Bà con gõ câu hỏi, ví dụ “làm căn cước ở đâu”, \
            hoặc chọn chủ đề bên dưới.""";

    /** Only where the engine runs without a handoff queue (command-line tools, some tests). */
    static final String HANDOFF_UNAVAILABLE = """
            Hiện chưa kết nối được với tình nguyện viên qua kênh này. Bà con có thể đến bộ phận một cửa của \
            UBND xã, phường nơi mình ở để được hướng dẫn tận nơi, hoặc tiếp tục hỏi tôi.""";

    static final String STALE_CHOICE = "Lựa chọn này không còn dùng được. Bà con chọn lại trong danh sách dưới đây nhé.";

    static final String PICK_SECTION = "Bà con muốn xem thêm phần nào?";

    static final String NO_SECTION_CONTENT = "Phần này chưa có thông tin cho thủ tục này. Bà con hỏi thêm tình nguyện viên hoặc bộ phận một cửa nhé.";

    static final String UNVERIFIED_NOTE = "(*) Chi tiết có dấu này đang được kiểm tra lại; bà con hỏi lại nơi nộp trước khi đi cho chắc.";

    static final String INTERNAL_ERROR = """
            Xin lỗi bà con, tôi gặp trục trặc khi xử lý tin nhắn này. Bà con gõ lại câu hỏi, \
            hoặc gõ “menu” để xem các chủ đề nhé.""";

    static final String ASK_RATING = "Câu trả lời có giúp ích không?";
    static final String LABEL_HELPFUL = "👍 Có ích";
    static final String LABEL_UNHELPFUL = "👎 Chưa giúp được";

    static final String THANKS_FOR_RATING = """
            Cảm ơn bà con đã cho biết! Bà con cần hỏi thêm thủ tục nào cứ gõ câu hỏi, \
            hoặc chọn chủ đề bên dưới.""";

    static final String SORRY_UNHELPFUL = """
            Xin lỗi bà con vì câu trả lời chưa giúp được. Tôi đã ghi lại để người biên tập sửa cho đúng. \
            Bà con có muốn nói chuyện với tình nguyện viên Đoàn Thanh niên không? Hoặc bà con hỏi lại theo cách khác.""";

    static final String LABEL_MENU = "Về danh sách chủ đề";
    static final String LABEL_HANDOFF = "Gặp tình nguyện viên";

    private BotTexts() {
    }

    static String numberOutOfRange(int max) {
        return "Bà con chọn một số từ 1 đến " + max + " nhé.";
    }

    /** The confirmation of a lone guess: the citizen answers with the Có / Không buttons, or types it. */
    static String confirm(String title) {
        return "Có phải bà con hỏi về “" + title + "” không ạ?";
    }

    static String topicIntro(String title) {
        return "Các thủ tục về " + title + ". Bà con chọn một mục:";
    }
}
