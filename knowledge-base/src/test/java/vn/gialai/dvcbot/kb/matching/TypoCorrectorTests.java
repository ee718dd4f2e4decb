package vn.gialai.dvcbot.kb.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypoCorrectorTests {

    private final TypoCorrector typos = new TypoCorrector(
            Map.ofEntries(Map.entry("dang", 9), Map.entry("ky", 9), Map.entry("ket", 5), Map.entry("hon", 5),
                    Map.entry("tam", 4), Map.entry("tru", 4), Map.entry("can", 6), Map.entry("cuoc", 6),
                    Map.entry("giay", 7), Map.entry("to", 7), Map.entry("sinh", 5), Map.entry("khai", 5),
                    Map.entry("lam", 3)),
            Map.of("dang_ky", 9, "ket_hon", 5, "tam_tru", 4, "can_cuoc", 6, "giay_to", 7, "khai_sinh", 5));

    @Test
    void aWordTheKnowledgeBaseKnowsIsLeftAlone() {
        assertThat(fix("dang", "ky")).containsExactly("dang", "ky");
    }

    @Test
    void anUnknownNonWordBecomesTheKnownWordOneEditAway() {
        assertThat(fix("dang", "kyy", "ket", "hon")).containsExactly("dang", "ky", "ket", "hon");
        assertThat(fix("giay", "tof")).containsExactly("giay", "to");
    }

    @Test
    void usualSpellingConfusionsAreCorrectedWithTheNeighbourAsEvidence() {
        assertThat(fix("tam", "chu")).containsExactly("tam", "tru");
        assertThat(fix("khai", "xinh")).containsExactly("khai", "sinh");
        assertThat(fix("cang", "cuoc")).containsExactly("can", "cuoc");
        assertThat(fix("dang", "ki")).containsExactly("dang", "ky");
    }

    @Test
    void aRealSyllableIsNotChangedWithoutEvidenceFromItsNeighbours() {
        assertThat(fix("xinh", "dep")).containsExactly("xinh", "dep");
    }

    @Test
    void leakedTelexKeysAreTakenOut() {
        assertThat(fix("giays", "to")).containsExactly("giay", "to");
        assertThat(fix("ddawng", "kys")).containsExactly("dang", "ky");
        assertThat(fix("cawn", "cuowcs")).containsExactly("can", "cuoc");
        assertThat(fix("tamj", "truws")).containsExactly("tam", "tru");
    }

    @Test
    void twoKnownWordsTypedTogetherAreSplit() {
        TypoCorrector.Corrected corrected = typos.correct(List.of("làm", "cancuoc"), List.of("lam", "cancuoc"));

        assertThat(corrected.folded()).containsExactly("lam", "can", "cuoc");
        assertThat(corrected.accented()).containsExactly("làm", "can", "cuoc");
    }

    @Test
    void numbersAndOneLetterWordsAreLeftAlone() {
        assertThat(fix("ct07", "x")).containsExactly("ct07", "x");
    }

    private List<String> fix(String... folded) {
        return typos.correct(List.of(folded), List.of(folded)).folded();
    }
}
