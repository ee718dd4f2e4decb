package vn.gialai.dvcbot.kb.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the canonical form over arbitrary text and over Vietnamese-looking text. */
class VietnameseTextProperties {

    private static final String VIETNAMESE_LETTERS = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợ"
            + "pqrstuùúủũụưừứửữựvxyỳýỷỹỵAĂÂĐEÊOÔƠUƯ ";

    @Property
    void isIdempotent(@ForAll("texts") String text) {
        String once = VietnameseText.canonical(text);
        assertThat(VietnameseText.canonical(once)).isEqualTo(once);
    }

    @Property
    void nfcAndNfdInputGiveTheSameResult(@ForAll("texts") String text) {
        assertThat(VietnameseText.canonical(Normalizer.normalize(text, Normalizer.Form.NFD)))
                .isEqualTo(VietnameseText.canonical(Normalizer.normalize(text, Normalizer.Form.NFC)));
    }

    @Property
    void neverThrowsOnAnyString(@ForAll String text) {
        assertThat(VietnameseText.canonical(text)).doesNotContain("  ");
        assertThat(VietnameseText.canonical(VietnameseText.canonical(text))).isEqualTo(VietnameseText.canonical(text));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> vietnamese = Arbitraries.strings().withChars(VIETNAMESE_LETTERS.toCharArray())
                .withChars("!?.,😀\u0301\u0300\u0323".toCharArray()).ofMaxLength(60);
        return Arbitraries.oneOf(vietnamese, Arbitraries.strings().ofMaxLength(40));
    }
}
