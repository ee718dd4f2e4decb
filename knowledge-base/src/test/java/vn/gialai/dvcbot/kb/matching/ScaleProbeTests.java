package vn.gialai.dvcbot.kb.matching;

import org.junit.jupiter.api.Test;

class ScaleProbeTests {
    @Test
    void probe() {
        var content = SyntheticKnowledgeBase.of(2000, 15, 7);
        long t = System.nanoTime();
        QuestionMatcher m = BlendedMatcher.factory(MatchingSettings.DEFAULTS).build(content);
        System.out.println("PROBE train ms " + (System.nanoTime() - t) / 1_000_000);
        java.util.Random r = new java.util.Random(3);
        int right = 0;
        for (int i = 0; i < 3000; i++) {
            if (i == 1000) {
                t = System.nanoTime();
            }
            var e = content.entries().get(r.nextInt(2000));
            var res = m.match(SyntheticKnowledgeBase.question(r, java.util.Arrays.asList(e.title().split(" "))));
            if (e.id().equals(res.bestId())) {
                right++;
            }
        }
        System.out.println("PROBE match us " + (System.nanoTime() - t) / 1000 / 2000 + " top1 " + right / 3000.0);
    }
}
