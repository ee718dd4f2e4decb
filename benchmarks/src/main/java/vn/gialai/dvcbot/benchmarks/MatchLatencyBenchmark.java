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
import vn.gialai.dvcbot.core.answers.MatchResult;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;
import vn.gialai.dvcbot.kb.matching.BlendedMatcher;
import vn.gialai.dvcbot.kb.matching.MatchingSettings;
import vn.gialai.dvcbot.kb.matching.QuestionMatcher;

/** Time to match one question; sample mode reports the p50 and p99 the targets are stated in. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MatchLatencyBenchmark {

    @Param({"bundled", "synthetic"})
    public String kb;

    private QuestionMatcher matcher;
    private String[] questions;
    private int next;

    @Setup
    public void train() {
        KnowledgeBaseContent content = Workloads.content(kb);
        matcher = BlendedMatcher.factory(MatchingSettings.DEFAULTS).build(content);
        questions = Workloads.questions(content, kb, 1_024);
    }

    @Benchmark
    public MatchResult match() {
        next = (next + 1) & 1023;
        return matcher.match(questions[next]);
    }
}
