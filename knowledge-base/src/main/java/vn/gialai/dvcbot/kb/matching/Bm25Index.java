package vn.gialai.dvcbot.kb.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BM25 over one document per entry (title, aliases, keywords and examples, folded), with the score divided by
 * the most the question's terms could earn, so it reads as "how much of the question this entry covers" in [0, 1].
 */
final class Bm25Index {

    private static final double K1 = 1.2;
    private static final double B = 0.5;

    private final List<String> ids;
    private final Map<String, Posting> postings = new HashMap<>();
    private final double[] lengthNorm;

    Bm25Index(List<String> ids, List<List<String>> documents) {
        this.ids = List.copyOf(ids);
        this.lengthNorm = new double[documents.size()];
        double average = documents.stream().mapToInt(List::size).average().orElse(1);
        Map<String, Map<Integer, Integer>> counts = new HashMap<>();
        for (int d = 0; d < documents.size(); d++) {
            lengthNorm[d] = K1 * (1 - B + B * documents.get(d).size() / Math.max(1, average));
            for (String term : documents.get(d)) {
                counts.computeIfAbsent(term, t -> new java.util.TreeMap<>()).merge(d, 1, Integer::sum);
            }
        }
        int n = documents.size();
        counts.forEach((term, docs) -> {
            double termIdf = Math.log(1 + (n - docs.size() + 0.5) / (docs.size() + 0.5));
            postings.put(term, new Posting(docs.keySet().stream().mapToInt(Integer::intValue).toArray(),
                    docs.values().stream().mapToInt(Integer::intValue).toArray(), termIdf));
        });
    }

    /** Coverage-normalized BM25 of every entry, by position in the ids given at construction. */
    double[] scores(List<String> queryTerms) {
        double ceiling = 0;
        double[] sums = new double[ids.size()];
        for (String term : queryTerms) {
            Posting posting = postings.get(term);
            // Unknown words count against coverage too, with the weight of a rare term.
            ceiling += posting == null ? Math.log(1 + ids.size()) : posting.idf() * (K1 + 1);
            if (posting == null) {
                continue;
            }
            double weight = posting.idf();
            for (int k = 0; k < posting.docs().length; k++) {
                int d = posting.docs()[k];
                double tf = posting.counts()[k];
                sums[d] += weight * tf * (K1 + 1) / (tf + lengthNorm[d]);
            }
        }
        for (int d = 0; d < sums.length; d++) {
            sums[d] = ceiling > 0 ? Math.min(1, sums[d] / ceiling) : 0;
        }
        return sums;
    }

    private record Posting(int[] docs, int[] counts, double idf) {
    }
}
