package vn.gialai.dvcbot.benchmarks;

import java.util.Locale;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;
import vn.gialai.dvcbot.kb.matching.BlendedMatcher;
import vn.gialai.dvcbot.kb.matching.MatchingSettings;
import vn.gialai.dvcbot.kb.matching.QuestionMatcher;

/**
 * Heap a trained matcher keeps: used heap after full collections, with and without it held. Approximate (the
 * JVM gives no exact object size), so it runs several times and reports the median.
 */
public final class IndexMemory {

    private IndexMemory() {
    }

    public static void main(String[] args) throws InterruptedException {
        for (String kb : new String[] {"bundled", "synthetic"}) {
            KnowledgeBaseContent content = Workloads.content(kb);
            long[] sizes = new long[5];
            for (int run = 0; run < sizes.length; run++) {
                long before = usedAfterGc();
                QuestionMatcher matcher = BlendedMatcher.factory(MatchingSettings.DEFAULTS).build(content);
                long after = usedAfterGc();
                sizes[run] = after - before;
                if (matcher.match("x") == null) {
                    throw new IllegalStateException("keeps the matcher reachable until measured");
                }
            }
            java.util.Arrays.sort(sizes);
            System.out.printf(Locale.ROOT, "%s: %d entries, matcher retains about %.1f MB%n", kb,
                    content.entries().size(), sizes[2] / 1e6);
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
