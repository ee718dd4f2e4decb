package vn.gialai.dvcbot.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;
import vn.gialai.dvcbot.kb.matching.BlendedMatcher;
import vn.gialai.dvcbot.kb.matching.MatchingSettings;
import vn.gialai.dvcbot.kb.matching.QuestionMatcher;

/** Time to train a matcher, as at start-up or when an editor publishes (single shot: the first one counts). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TrainingBenchmark {

    @Param({"bundled", "synthetic"})
    public String kb;

    private KnowledgeBaseContent content;

    @Setup
    public void load() {
        content = Workloads.content(kb);
    }

    @Benchmark
    public QuestionMatcher train() {
        return BlendedMatcher.factory(MatchingSettings.DEFAULTS).build(content);
    }
}
