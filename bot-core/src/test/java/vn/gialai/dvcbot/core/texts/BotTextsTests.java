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
    void theDefaultPhrasesAreTheCommandsCitizensTypedBeforeTheyBecameData() {
        assertThat(BotText.foldedPhrases(BotText.YES_PHRASES.defaultText())).containsExactlyInAnyOrder(
                "co", "co a", "da co", "vang", "vang a", "da", "da vang", "ok", "oke", "okay", "uh", "u", "um", "dong y",
                "co chu", "muon", "co muon", "toi muon", "yes", "duoc", "duoc a", "gap", "co gap");
        assertThat(BotText.foldedPhrases(BotText.NO_PHRASES.defaultText())).containsExactlyInAnyOrder(
                "khong", "khong a", "ko", "k", "khong phai", "ko phai", "k phai", "kp", "khong phai a", "sai", "sai roi",
                "khong dung", "ko dung", "no", "hong", "hong phai", "khong phai cai do", "khong co", "chu de khac",
                "da khong", "da khong phai", "khum", "hok", "khong phai vay");
        assertThat(BotText.foldedPhrases(BotText.CANCEL_PHRASES.defaultText())).containsExactlyInAnyOrder(
                "huy", "huy yeu cau", "huy bo", "cancel", "thoi", "thoi khong can", "thoi khong can nua", "khong can nua",
                "khong can", "ko can nua", "k can nua", "huy gap tinh nguyen vien");
        assertThat(BotText.foldedPhrases(BotText.HANDOFF_PHRASES.defaultText())).containsExactlyInAnyOrder(
                "gap tinh nguyen vien", "tinh nguyen vien", "volunteer", "gap nguoi that", "nguoi that", "tnv", "gap tnv",
                "cho gap tinh nguyen vien", "toi muon gap tinh nguyen vien", "muon gap tinh nguyen vien",
                "gap nguoi ho tro", "can nguoi ho tro", "noi chuyen voi nguoi that");
        assertThat(BotText.foldedPhrases(BotText.MENU_PHRASES.defaultText())).containsExactlyInAnyOrder(
                "menu", "huong dan", "bat dau", "start", "trang chu", "danh sach", "chu de", "help", "tro giup",
                "xem menu", "ve menu", "ve danh sach chu de", "menu chinh");
    }

    @Test
    void aCommandIsRecognisedWholeWithOrWithoutDiacriticsAndAnEditorsListReplacesTheDefault() {
        assertThat(BotTexts.DEFAULTS.says(BotText.CANCEL_PHRASES, "Hủy!")).isTrue();
        assertThat(BotTexts.DEFAULTS.says(BotText.CANCEL_PHRASES, "huy yeu cau")).isTrue();
        assertThat(BotTexts.DEFAULTS.says(BotText.CANCEL_PHRASES, "hủy đăng ký thường trú")).isFalse();

        BotTexts edited = BotTexts.of(Map.of("phrases.handoff", "gặp cán bộ\ngặp người thật"));

        assertThat(edited.says(BotText.HANDOFF_PHRASES, "gap can bo")).isTrue();
        assertThat(edited.says(BotText.HANDOFF_PHRASES, "tnv")).isFalse();
        assertThat(edited.says(BotText.YES_PHRASES, "vâng ạ")).isTrue();
    }

    @Test
    void aBrokenListOfPhrasesKeepsTheDefaultOnes() {
        BotTexts texts = BotTexts.of(Map.of("phrases.yes", "có\n\nvâng", "phrases.no", "không\nKhông"));

        assertThat(texts.says(BotText.YES_PHRASES, "dạ")).isTrue();
        assertThat(texts.says(BotText.NO_PHRASES, "sai rồi")).isTrue();
        assertThat(BotText.NO_PHRASES.problemWith("không\nKhông")).hasValueSatisfying(r -> assertThat(r).contains("hai lần"));
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
