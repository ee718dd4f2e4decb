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
    private final Map<String, Map<Integer, Integer>> postings = new HashMap<>();
    private final Map<String, Double> idf = new HashMap<>();
    private final double[] lengthNorm;

    Bm25Index(List<String> ids, List<List<String>> documents) {
        this.ids = List.copyOf(ids);
        this.lengthNorm = new double[documents.size()];
        double average = documents.stream().mapToInt(List::size).average().orElse(1);
        for (int d = 0; d < documents.size(); d++) {
            lengthNorm[d] = K1 * (1 - B + B * documents.get(d).size() / Math.max(1, average));
            for (String term : documents.get(d)) {
                postings.computeIfAbsent(term, t -> new HashMap<>()).merge(d, 1, Integer::sum);
            }
        }
        int n = documents.size();
        postings.forEach((term, docs) -> idf.put(term, Math.log(1 + (n - docs.size() + 0.5) / (docs.size() + 0.5))));
    }

    double idf(String term) {
        return idf.getOrDefault(term, 0.0);
    }

    /** Coverage-normalized BM25 of every entry the question touches. */
    Map<String, Double> scores(List<String> queryTerms) {
        double ceiling = 0;
        double[] sums = new double[ids.size()];
        boolean[] touched = new boolean[ids.size()];
        for (String term : queryTerms) {
            Map<Integer, Integer> docs = postings.get(term);
            double weight = idf(term);
            // Unknown words count against coverage too, with the weight of a rare term.
            ceiling += docs == null ? Math.log(1 + ids.size()) : weight * (K1 + 1);
            if (docs == null) {
                continue;
            }
            for (Map.Entry<Integer, Integer> posting : docs.entrySet()) {
                int d = posting.getKey();
                double tf = posting.getValue();
                sums[d] += weight * tf * (K1 + 1) / (tf + lengthNorm[d]);
                touched[d] = true;
            }
        }
        Map<String, Double> scores = new HashMap<>();
        for (int d = 0; d < sums.length; d++) {
            if (touched[d] && ceiling > 0) {
                scores.merge(ids.get(d), Math.min(1, sums[d] / ceiling), Math::max);
            }
        }
        return scores;
    }
}
