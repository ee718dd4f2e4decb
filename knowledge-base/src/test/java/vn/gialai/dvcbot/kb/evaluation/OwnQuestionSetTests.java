package vn.gialai.dvcbot.kb.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quality targets of issue 4 on our own labelled questions, bundled with the tests. */
class OwnQuestionSetTests {

    @Test
    void theBundledKnowledgeBaseMeetsTheQualityTargetsOnOurOwnQuestions() throws IOException {
        Summary summary = QualityTargets.assertMet(ownQuestions());
        assertThat(summary.inScope()).isGreaterThanOrEqualTo(35);
    }

    @Test
    void theOwnSetCoversEveryStandardTag() throws IOException {
        List<LabelledQuestion> questions = ownQuestions();
        assertThat(questions).extracting(LabelledQuestion::tag)
                .contains("std", "nodiac", "teen", "dialect", "typo", "oos");
        assertThat(questions.stream().filter(q -> q.tags().contains("long"))).isNotEmpty();
    }

    private List<LabelledQuestion> ownQuestions() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/eval/own.tsv")) {
            return LabelledQuestion.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
    }
}
