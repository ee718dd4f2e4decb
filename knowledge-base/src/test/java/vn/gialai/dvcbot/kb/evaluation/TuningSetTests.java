package vn.gialai.dvcbot.kb.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.kb.catalog.KnowledgeBaseCatalog;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.matching.BlendedMatcher;
import vn.gialai.dvcbot.kb.matching.MatchingSettings;

/**
 * The issue-13 targets on the set the method was tuned on (tuning.tsv, tuning-dialogues.tsv; our own wording).
 * A regression guard, not a measure of generalisation: that is the held-out set's job (docs/matching.md).
 */
class TuningSetTests {

    @Test
    void singleQuestionsMeetTheTargetsOnTheTuningSet() throws IOException {
        List<Outcome> outcomes = Evaluation.run(
                BlendedMatcher.factory(MatchingSettings.DEFAULTS).build(new ContentLoader().loadBundled().content()),
                LabelledQuestion.parse(lines("/eval/tuning.tsv")));
        System.out.println(Evaluation.summaryLine(outcomes));
        Summary all = Summary.of(outcomes);
        assertThat(all.questions()).isGreaterThanOrEqualTo(150);
        assertThat(all.helpful()).as("helpful").isGreaterThanOrEqualTo(0.95);
        assertThat(all.wrong()).as("confidently wrong").isLessThanOrEqualTo(0.01);
        assertThat(all.outOfScopeFallback()).as("out of scope falls back").isGreaterThanOrEqualTo(0.95);
        for (Map.Entry<String, Summary> tag : Summary.byTag(outcomes).entrySet()) {
            if (!tag.getKey().equals("oos")) {
                assertThat(tag.getValue().helpful()).as("helpful, " + tag.getKey()).isGreaterThanOrEqualTo(0.90);
            }
        }
    }

    @Test
    void followUpsInDialoguesOpenTheRightSection() throws IOException {
        List<DialogueOutcome> outcomes = Evaluation.run(new KnowledgeBaseCatalog(
                BlendedMatcher.factory(MatchingSettings.DEFAULTS), new ContentLoader().loadBundled().content()),
                LabelledDialogue.parse(lines("/eval/tuning-dialogues.tsv")));
        System.out.println(Evaluation.dialogueSummaryLine(outcomes));
        DialogueSummary summary = DialogueSummary.of(outcomes);
        assertThat(summary.followUps()).isGreaterThanOrEqualTo(20);
        assertThat(summary.followUpsRight()).as("follow-ups with the right section").isGreaterThanOrEqualTo(0.95);
        assertThat(summary.right()).as("turns right").isGreaterThanOrEqualTo(0.95);
    }

    private List<String> lines(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
