package vn.gialai.dvcbot.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;

/**
 * A made-up knowledge base of any size for scale tests and benchmarks: each entry has its own three topic
 * syllables mixed into questions built from a shared pool of common Vietnamese words.
 */
public final class SyntheticKnowledgeBase {

    private static final String[] COMMON = ("làm thủ tục ở đâu cần giấy tờ gì bao lâu mất phí không cho con tôi xin "
            + "cấp lại đăng ký hồ sơ nộp trực tuyến xã phường tỉnh người dân bà con hỏi với được mấy ngày").split(" ");
    private static final String[] SYLLABLES = ("ba be bi bo bu ca ce chi co cu da de di do du ga ghe gi go gu ha he hi "
            + "ho hu kha khe khi kho khu la le li lo lu ma me mi mo mu na ne ni no nu pha phe phi pho phu qua que "
            + "ra re ri ro ru sa se si so su ta te ti to tu tha the thi tho thu tra tre tri tro tru va ve vi vo vu "
            + "xa xe xi xo xu an anh am ang ao ai au ay en em eo it inh im oc on ong ot uc un ung ut").split(" ");

    private SyntheticKnowledgeBase() {
    }

    public static KnowledgeBaseContent of(int entries, int examplesPerEntry, long seed) {
        Random random = new Random(seed);
        List<Entry> list = new ArrayList<>();
        for (int e = 0; e < entries; e++) {
            List<String> topic = List.of(pick(random, SYLLABLES) + pick(random, SYLLABLES),
                    pick(random, SYLLABLES) + pick(random, SYLLABLES), pick(random, SYLLABLES) + pick(random, SYLLABLES));
            List<String> examples = new ArrayList<>();
            for (int x = 0; x < examplesPerEntry; x++) {
                examples.add(question(random, topic));
            }
            String id = "synthetic-" + e;
            list.add(new Entry(id, "procedure", "synthetic", String.join(" ", topic), List.of(), List.of(topic.get(0)),
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, examples,
                    null));
        }
        List<String> outOfScope = new ArrayList<>();
        for (int i = 0; i < Math.max(10, entries / 10); i++) {
            outOfScope.add(question(random, List.of("giá", "thời", "tiết")));
        }
        return new KnowledgeBaseContent(list, List.of(), outOfScope, Map.of());
    }

    /** A question about the entry with this topic, as a test would ask it. */
    public static String question(Random random, List<String> topic) {
        StringBuilder text = new StringBuilder();
        int words = 4 + random.nextInt(5);
        for (int w = 0; w < words; w++) {
            text.append(w % 3 == 1 ? topic.get(random.nextInt(topic.size())) : pick(random, COMMON)).append(' ');
        }
        return text.toString().strip();
    }

    private static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }
}
