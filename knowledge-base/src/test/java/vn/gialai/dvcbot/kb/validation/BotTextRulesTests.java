package vn.gialai.dvcbot.kb.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.core.texts.BotText;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.content.ContentProblem;

class BotTextRulesTests {

    @Test
    void aCompleteSetOfTheCodesOwnWordingHasNoProblem() {
        assertThat(BotTextRules.check(complete())).isEmpty();
    }

    @Test
    void noTextsFileAtAllIsNoProblemTheBotSaysItsDefaults() {
        assertThat(BotTextRules.check(Map.of())).isEmpty();
    }

    @Test
    void aKeyTheCodeDoesNotUseIsReportedWithTheKeyItProbablyMeant() {
        Map<String, String> texts = complete();
        texts.put("fallback.frist", "Xin lỗi bà con, tôi chưa hiểu câu hỏi này.");

        assertThat(BotTextRules.check(texts)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(ContentLoader.TEXTS_FILE);
            assertThat(p.field()).isEqualTo("texts.fallback.frist");
            assertThat(p.reason()).contains("có phải \"fallback.first\"");
        });
    }

    @Test
    void aMissingKeyIsReportedWithTheWordsTheBotSaysInstead() {
        Map<String, String> texts = complete();
        texts.remove("clarify");

        assertThat(BotTextRules.check(texts)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("texts.clarify");
            assertThat(p.reason()).startsWith("còn thiếu").contains(BotText.CLARIFY.defaultText());
        });
    }

    @Test
    void placeholdersMustBeExactlyThoseTheCodeFills() {
        Map<String, String> texts = complete();
        texts.put("confirm.question", "Có phải bà con hỏi về thủ tục này không ạ?");
        texts.put("handoff.claimed", "Tình nguyện viên {name} đã nhận hỗ trợ bà con.");

        assertThat(BotTextRules.check(texts)).extracting(ContentProblem::field, ContentProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("texts.confirm.question",
                        "phải có đúng các chỗ điền {title} (đang có (không có))"),
                org.assertj.core.groups.Tuple.tuple("texts.handoff.claimed",
                        "phải có đúng các chỗ điền {volunteer} (đang có {name})"));
    }

    @Test
    void wordingWithoutDiacriticsOrNotInNfcOrTooLongIsReported() {
        assertThat(BotTextRules.problem("fallback.first", "Xin loi ba con, toi chua hieu cau hoi nay."))
                .hasValueSatisfying(r -> assertThat(r).contains("thiếu dấu"));
        assertThat(BotTextRules.problem("fallback.first", Normalizer.normalize("Xin lỗi bà con, tôi chưa hiểu.",
                Normalizer.Form.NFD))).hasValueSatisfying(r -> assertThat(r).contains("NFC"));
        assertThat(BotTextRules.problem("fallback.first", "Xin lỗi bà con. ".repeat(40)))
                .hasValueSatisfying(r -> assertThat(r).contains("tối đa 600"));
        assertThat(BotTextRules.problem("confirm.yes", "OK")).isEmpty();
        assertThat(BotTextRules.problem("answer.unverified-note",
                "(*) Chi tiết này đang được kiểm tra; xem https://dichvucong.gov.vn trước khi đi.")).isEmpty();
    }

    @Test
    void aPhraseInTwoListsIsReportedBecauseTheBotWouldReadItTwoWays() {
        Map<String, String> texts = complete();
        texts.put("phrases.cancel", BotText.CANCEL_PHRASES.defaultText() + "\nKhông");

        assertThat(BotTextRules.check(texts)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("texts.phrases.no");
            assertThat(p.reason()).contains("“khong”").contains("phrases.cancel");
        });
    }

    @Test
    void phrasesNeedNoDiacriticsButTheMenuListKeepsWhatTelegramSends() {
        assertThat(BotTextRules.problem("phrases.yes", "ok\noke\nyes\nco")).isEmpty();
        assertThat(BotTextRules.problem("phrases.menu", "menu\ndanh sách"))
                .hasValueSatisfying(r -> assertThat(r).contains("hướng dẫn"));
    }

    private static Map<String, String> complete() {
        Map<String, String> texts = new LinkedHashMap<>();
        Arrays.stream(BotText.values()).forEach(t -> texts.put(t.key(), t.defaultText()));
        return texts;
    }
}
