package vn.gialai.dvcbot.kb.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.matching.BlendedMatcher;
import vn.gialai.dvcbot.kb.matching.MatchingSettings;

/** The quality targets of issue 4 on our own labelled questions, bundled with the tests. */
class OwnQuestionSetTests {

    @Test
    void theBundledKnowledgeBaseMeetsTheQualityTargetsOnOurOwnQuestions() throws IOException {
        List<LabelledQuestion> questions;
        try (InputStream in = getClass().getResourceAsStream("/eval/own.tsv")) {
            questions = LabelledQuestion.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
        List<Outcome> outcomes = Evaluation.run(
                BlendedMatcher.factory(MatchingSettings.DEFAULTS).build(new ContentLoader().loadBundled().content()),
                questions);
        Summary summary = Summary.of(outcomes);
        System.out.println(Evaluation.summaryLine(outcomes));
        outcomes.stream().filter(o -> !o.helpful()).forEach(o -> System.out.println(
                "MISS " + o.question().question() + " | " + o.question().expected() + " | " + o.result()));

        assertThat(summary.inScope()).isGreaterThanOrEqualTo(35);
        assertThat(summary.topOne()).isGreaterThanOrEqualTo(0.95);
        assertThat(summary.helpful()).isGreaterThanOrEqualTo(0.95);
        assertThat(summary.wrong()).isLessThanOrEqualTo(0.03);
        assertThat(summary.outOfScopeFallback()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void theSummaryLineCarriesEveryStandardTag() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/eval/own.tsv")) {
            List<LabelledQuestion> questions =
                    LabelledQuestion.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            assertThat(questions).extracting(LabelledQuestion::tag)
                    .contains("std", "nodiac", "teen", "dialect", "typo", "oos");
            assertThat(questions.stream().filter(q -> q.tags().contains("long"))).isNotEmpty();
        }
    }
}
