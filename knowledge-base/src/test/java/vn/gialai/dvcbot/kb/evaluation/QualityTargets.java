package vn.gialai.dvcbot.kb.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.matching.BlendedMatcher;
import vn.gialai.dvcbot.kb.matching.MatchingSettings;

/** The quality targets of issue 4, checked on the bundled knowledge base; misses are printed to help editors. */
final class QualityTargets {

    private QualityTargets() {
    }

    static Summary assertMet(List<LabelledQuestion> questions) {
        List<Outcome> outcomes = Evaluation.run(
                BlendedMatcher.factory(MatchingSettings.DEFAULTS).build(new ContentLoader().loadBundled().content()),
                questions);
        Summary summary = Summary.of(outcomes);
        System.out.println(Evaluation.summaryLine(outcomes));
        outcomes.stream().filter(o -> !o.helpful()).forEach(o -> System.out.println(
                "MISS " + o.question().question() + " | " + o.question().expected() + " | " + o.result()));
        assertThat(summary.topOne()).as("in-scope top-1").isGreaterThanOrEqualTo(0.95);
        assertThat(summary.helpful()).as("helpful").isGreaterThanOrEqualTo(0.95);
        assertThat(summary.wrong()).as("confidently wrong").isLessThanOrEqualTo(0.03);
        assertThat(summary.outOfScopeFallback()).as("out of scope falls back").isGreaterThanOrEqualTo(0.90);
        return summary;
    }
}
