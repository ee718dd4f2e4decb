package vn.gialai.dvcbot.kb.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.kb.normalize.Abbreviations;

/** Diacritics come back from the knowledge base's own spellings, chosen by the neighbouring words. */
class DiacriticRestorerTests {

    private final DiacriticRestorer restorer = new DiacriticRestorer();

    DiacriticRestorerTests() {
        for (String text : List.of("đăng ký kết hôn ở đâu", "làm căn cước cho con", "cần giấy tờ gì",
                "căn cước công dân", "còn cần gì nữa", "con tôi đi học", "con của tôi")) {
            List<String> tokens = QuestionFeatures.tokens(text, Abbreviations.NONE);
            restorer.learn(tokens, QuestionFeatures.folded(tokens));
        }
        restorer.freeze();
    }

    @Test
    void aQuestionTypedWithoutDiacriticsGetsTheKnowledgeBasesSpelling() {
        assertThat(restore("dang ky ket hon o dau", true)).isEqualTo("đăng ký kết hôn ở đâu");
    }

    @Test
    void theNeighboursChooseBetweenSpellingsOfTheSameFoldedWord() {
        assertThat(restore("lam can cuoc cho con", true)).isEqualTo("làm căn cước cho con");
        assertThat(restore("can giay to gi", true)).isEqualTo("cần giấy tờ gì");
    }

    @Test
    void wrongMarksTheKnowledgeBaseNeverPutsOnAWordAreReplaced() {
        assertThat(restore("dăng ký kêt hôn", false)).isEqualTo("đăng ký kết hôn");
    }

    @Test
    void aBareWordTheKnowledgeBaseAlsoUsesBareIsKeptInAMessageTypedWithDiacritics() {
        assertThat(restore("làm căn cước cho con", false)).isEqualTo("làm căn cước cho con");
    }

    @Test
    void wordsTheKnowledgeBaseNeverUsesStayAsTyped() {
        assertThat(restore("xin chao ban", true)).isEqualTo("xin chao ban");
    }

    private String restore(String text, boolean typedWithout) {
        List<String> tokens = QuestionFeatures.tokens(text, Abbreviations.NONE);
        return String.join(" ", restorer.restore(tokens, QuestionFeatures.folded(tokens), typedWithout));
    }
}
