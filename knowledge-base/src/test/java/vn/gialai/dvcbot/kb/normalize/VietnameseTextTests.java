package vn.gialai.dvcbot.kb.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VietnameseTextTests {

    @Test
    void bothTonePlacementsReachTheSameForm() {
        assertThat(VietnameseText.canonical("Hoà Bình, THUỶ lợi, khoẻ")).isEqualTo("hòa bình thủy lợi khỏe");
        assertThat(VietnameseText.canonical("hòa bình thủy lợi khỏe")).isEqualTo("hòa bình thủy lợi khỏe");
    }

    @Test
    void tonePlacementIsLeftAloneWhereBothStylesAgree() {
        assertThat(VietnameseText.canonical("hoàng toán quý thuế khuya")).isEqualTo("hoàng toán quý thuế khuya");
    }

    @Test
    void decomposedInputEqualsPrecomposed() {
        String nfd = Normalizer.normalize("Đăng ký kết hôn ở đâu", Normalizer.Form.NFD);
        assertThat(VietnameseText.canonical(nfd)).isEqualTo("đăng ký kết hôn ở đâu");
    }

    @Test
    void punctuationEmojiAndControlCharactersBecomeSpaces() {
        assertThat(VietnameseText.canonical("  làm CCCD ở đâu???😭😭\u0007\tạ!! ")).isEqualTo("làm cccd ở đâu ạ");
    }

    @Test
    void lettersTypedThreeTimesOrMoreAreKeptOnce() {
        assertThat(VietnameseText.canonical("dạaaa khônggg ạạạ")).isEqualTo("dạ không ạ");
        assertThat(VietnameseText.canonical("xoong cccd www.")).isEqualTo("xoong cccd w");
    }

    @Test
    void numbersStay() {
        assertThat(VietnameseText.tokens("quá hạn 60 ngày, phạt 1.000.000đ")).contains("60", "1", "000");
    }

    @Test
    void foldingDropsEveryDiacriticIncludingD() {
        assertThat(VietnameseText.fold("đăng ký thường trú")).isEqualTo("dang ky thuong tru");
    }

    @Test
    void abbreviationsExpandAndAmbiguousOnesKeepEveryMeaning() {
        Abbreviations abbreviations = new Abbreviations(Map.of(
                "cccd", List.of("căn cước công dân"), "dk", List.of("đăng ký", "được"), "ko", List.of("không")));
        assertThat(VietnameseText.expandedTokens("lam CCCD dk ko", abbreviations))
                .containsExactly("lam", "căn", "cước", "công", "dân", "đăng", "ký", "được", "không");
        assertThat(VietnameseText.expandedTokens("đk tạm trú", abbreviations)).startsWith("đăng", "ký", "được");
    }

    @Test
    void anAccentedWordIsNeverReadAsAPlainShortForm() {
        Abbreviations abbreviations = new Abbreviations(Map.of("hong", List.of("không")));
        assertThat(VietnameseText.expandedTokens("sổ hồng", abbreviations)).containsExactly("sổ", "hồng");
        assertThat(VietnameseText.expandedTokens("hong biết", abbreviations)).containsExactly("không", "biết");
    }

    @Test
    void veryLongInputIsCut() {
        assertThat(VietnameseText.canonical("a b ".repeat(5_000)).length()).isLessThanOrEqualTo(VietnameseText.MAX_CHARS);
    }
}
