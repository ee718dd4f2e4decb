package vn.gialai.dvcbot.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import vn.gialai.dvcbot.core.text.VietnameseFolding;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;

/** The knowledge bases and questions the benchmarks run on. */
final class Workloads {

    private Workloads() {
    }

    static KnowledgeBaseContent content(String kb) {
        return kb.equals("bundled") ? new ContentLoader().loadBundled().content()
                : SyntheticKnowledgeBase.of(2_000, 15, 7);
    }

    /**
     * Questions in the style citizens type: an entry's example without diacritics, or its first words only, so
     * the matcher does real work (no exact repeats of training text).
     */
    static String[] questions(KnowledgeBaseContent content, String kb, int count) {
        Random random = new Random(11);
        List<String> questions = new ArrayList<>();
        List<Entry> entries = content.entries();
        while (questions.size() < count) {
            Entry entry = entries.get(random.nextInt(entries.size()));
            if (kb.equals("synthetic")) {
                questions.add(SyntheticKnowledgeBase.question(random, Arrays.asList(entry.title().split(" "))));
                continue;
            }
            String example = entry.examples().get(random.nextInt(entry.examples().size()));
            String[] words = example.split(" ");
            questions.add(random.nextBoolean() ? VietnameseFolding.fold(example)
                    : String.join(" ", Arrays.copyOf(words, Math.max(2, words.length - 1))));
        }
        return questions.toArray(String[]::new);
    }
}
