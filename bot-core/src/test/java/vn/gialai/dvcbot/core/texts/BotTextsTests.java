package vn.gialai.dvcbot.core.texts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BotTextsTests {

    @Test
    void anEditorsWordingReplacesTheDefaultAndKeysItDoesNotWordKeepTheirs() {
        BotTexts texts = BotTexts.of(Map.of("clarify", "Bà con hỏi thủ tục nào trong các thủ tục sau?"));

        assertThat(texts.get(BotText.CLARIFY)).isEqualTo("Bà con hỏi thủ tục nào trong các thủ tục sau?");
        assertThat(texts.edited(BotText.CLARIFY)).isTrue();
        assertThat(texts.get(BotText.FALLBACK_FIRST)).isEqualTo(BotText.FALLBACK_FIRST.defaultText());
        assertThat(texts.edited(BotText.FALLBACK_FIRST)).isFalse();
    }

    @Test
    void placeholdersAreFilledByName() {
        assertThat(BotTexts.DEFAULTS.format(BotText.CONFIRM, "title", "Đăng ký khai sinh"))
                .isEqualTo("Có phải bà con hỏi về “Đăng ký khai sinh” không ạ?");
        assertThat(BotTexts.of(Map.of("choice.number-out-of-range", "Chỉ có {max} mục thôi ạ."))
                .format(BotText.NUMBER_OUT_OF_RANGE, "max", 3)).isEqualTo("Chỉ có 3 mục thôi ạ.");
    }

    @Test
    void anOptionalSentenceLeftEmptyLeavesNoGap() {
        assertThat(BotTexts.DEFAULTS.format(BotText.STILL_WAITING, "position", ""))
                .isEqualTo("Tôi đã chuyển tin nhắn này cho tình nguyện viên. Không cần nữa thì bà con gõ “hủy”.");
        assertThat(BotTexts.DEFAULTS.format(BotText.HANDOFF_QUEUED, "position", ""))
                .isEqualTo("Tôi đã chuyển yêu cầu của bà con đến tình nguyện viên Đoàn Thanh niên.");
    }

    @Test
    void whatACitizenTypedIsNeverFilledInAsAPlaceholder() {
        assertThat(BotTexts.DEFAULTS.format(BotText.COMMUNE_NOTED, "commune", "{position}", "position", "X."))
                .isEqualTo("Cảm ơn bà con, tôi đã ghi nhận: {position}. X.");
    }

    @Test
    void wordingThatWouldBreakTheReplyIsNotUsedEvenIfItSlippedThroughValidation() {
        BotTexts texts = BotTexts.of(Map.of(
                "confirm.question", "Có phải bà con hỏi về thủ tục này không?",
                "clarify", "  ",
                "label.menu", "Một nhãn nút dài quá mức cho phép của Zalo, không hiện hết",
                "no.such.key", "Văn bản không ai dùng"));

        assertThat(texts.get(BotText.CONFIRM)).isEqualTo(BotText.CONFIRM.defaultText());
        assertThat(texts.get(BotText.CLARIFY)).isEqualTo(BotText.CLARIFY.defaultText());
        assertThat(texts.get(BotText.LABEL_MENU)).isEqualTo("Về danh sách chủ đề");
    }

    @Test
    void editorsAreToldWhatIsWrongWithAWording() {
        assertThat(BotText.CONFIRM.problemWith("Có phải bà con hỏi về {tittle}?"))
                .hasValue("phải có đúng các chỗ điền {title} (đang có {tittle})");
        assertThat(BotText.CLARIFY.problemWith("Chọn {title} nhé")).hasValue("không dùng chỗ điền nào, bỏ {title}");
        assertThat(BotText.LABEL_CANCEL.problemWith("x".repeat(41))).get().asString().contains("tối đa 40");
        assertThat(BotText.CONFIRM.problemWith("Bà con hỏi về “{title}” phải không ạ?")).isEmpty();
    }

    @Test
    void everyKeyIsUniqueAndEveryDefaultFitsItsOwnRules() {
        assertThat(Arrays.stream(BotText.values()).map(BotText::key).distinct()).hasSize(BotText.values().length);
        for (BotText text : BotText.values()) {
            assertThat(text.problemWith(text.defaultText())).as(text.key()).isEmpty();
            assertThat(BotText.byKey(text.key())).hasValue(text);
        }
    }
}
