package vn.gialai.dvcbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which part a first question asks for: only unambiguous cues, never words that are part of the topic. */
class AskedSectionTests {

    @Test
    void unambiguousCuesInEveryFormNameTheirSection() {
        assertAsked(Section.FEES, "lệ phí làm hộ chiếu bao nhiêu", "làm căn cước hết bao nhiêu tiền",
                "dang ky khai sinh mat bao lau", "làm hộ chiếu mấy ngày thì có", "lm cccd het bn tien",
                "kết hôn có mất phí không", "sổ đỏ bao giờ có");
        assertAsked(Section.WHERE, "làm căn cước ở mô", "khai tử nộp ở đâu", "lam ho chieu o dau",
                "đổi bằng lái làm chỗ nào");
        assertAsked(Section.DOCUMENTS, "làm hộ chiếu cần giấy tờ gì", "đăng ký kết hôn cần chi rứa",
                "khai sinh can mang theo gi", "tách hộ hs gồm những gì");
        assertAsked(Section.ONLINE, "làm căn cước online được không", "nộp khai sinh trên mạng",
                "gia hạn tạm trú trực tuyến", "lm lltp onl dc ko");
    }

    @Test
    void moneyTheCitizenReceivesAndTopicWordsAreNotACue() {
        assertNone("trợ cấp thất nghiệp được bao nhiêu tiền", "lương hưu được lãnh bao nhiêu tiền",
                "chuyển đất vườn lên đất ở phải nộp tiền sử dụng đất", "người bao nhiêu tuổi phải làm căn cước",
                "căn cước có giá trị bao lâu", "trong mấy ngày phải đi khai sinh", "nhà em vừa sinh em bé thì làm giấy gì",
                "làm căn cước như thế nào", "thủ tục tách hộ");
    }

    @Test
    void aCueTheEntryTitleHoldsNamesTheTopicNotAPart() {
        assertThat(AskedSection.of("thanh toán lệ phí trực tuyến thế nào", "Thanh toán phí, lệ phí trực tuyến"))
                .isEmpty();
        assertThat(AskedSection.of("thanh toán lệ phí trực tuyến thế nào", "Căn cước")).contains(Section.FEES);
    }

    private static void assertAsked(Section section, String... questions) {
        for (String question : questions) {
            assertThat(AskedSection.of(question, "Thủ tục")).as(question).contains(section);
        }
    }

    private static void assertNone(String... questions) {
        for (String question : questions) {
            assertThat(AskedSection.of(question, "Thủ tục")).as(question).isEmpty();
        }
    }
}
