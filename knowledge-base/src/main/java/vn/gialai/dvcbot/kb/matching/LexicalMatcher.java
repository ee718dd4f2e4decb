package vn.gialai.dvcbot.kb.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.gialai.dvcbot.core.answers.MatchResult;
import vn.gialai.dvcbot.core.answers.MatchResult.Decision;
import vn.gialai.dvcbot.core.answers.MatchResult.ScoredEntry;
import vn.gialai.dvcbot.core.text.VietnameseFolding;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;

/**
 * A first matcher: TF-IDF cosine similarity of folded syllable unigrams and bigrams between the question and
 * each of an entry's examples, title, aliases and keywords; the entry scores its best example.
 */
public final class LexicalMatcher implements QuestionMatcher {

    static final double ANSWER_AT = 0.45;
    static final double CLARIFY_AT = 0.30;
    static final double CLOSE = 0.08;

    private final List<Document> documents = new ArrayList<>();
    private final Map<String, Double> idf = new HashMap<>();

    private LexicalMatcher(KnowledgeBaseContent content) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        List<List<String>> allTerms = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (Entry entry : content.entries()) {
            List<String> texts = new ArrayList<>(entry.examples());
            texts.add(entry.title() == null ? "" : entry.title());
            texts.addAll(entry.aliases());
            texts.addAll(entry.keywords());
            for (String text : texts) {
                List<String> terms = terms(text);
                if (!terms.isEmpty()) {
                    allTerms.add(terms);
                    owners.add(entry.id());
                    terms.stream().distinct().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
                }
            }
        }
        int n = allTerms.size();
        documentFrequency.forEach((term, df) -> idf.put(term, Math.log(1.0 + (double) n / df)));
        for (int i = 0; i < n; i++) {
            documents.add(new Document(owners.get(i), vector(allTerms.get(i))));
        }
    }

    public static MatcherFactory factory() {
        return LexicalMatcher::new;
    }

    @Override
    public MatchResult match(String question) {
        Map<String, Double> query = vector(terms(question == null ? "" : question));
        Map<String, Double> best = new HashMap<>();
        if (!query.isEmpty()) {
            for (Document doc : documents) {
                double score = cosine(query, doc.vector());
                best.merge(doc.entryId(), score, Math::max);
            }
        }
        List<ScoredEntry> top = best.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> new ScoredEntry(e.getKey(), Math.min(1.0, e.getValue())))
                .sorted(Comparator.comparingDouble(ScoredEntry::score).reversed())
                .limit(5)
                .toList();
        return decide(top);
    }

    private static MatchResult decide(List<ScoredEntry> top) {
        if (top.isEmpty() || top.get(0).score() < CLARIFY_AT) {
            return MatchResult.fallback(top);
        }
        double first = top.get(0).score();
        List<String> close = top.stream().filter(s -> first - s.score() <= CLOSE).limit(3)
                .map(ScoredEntry::id).toList();
        if (first >= ANSWER_AT && close.size() == 1) {
            return new MatchResult(Decision.ANSWER, top, List.of());
        }
        if (close.size() >= 2) {
            return new MatchResult(Decision.CLARIFY, top, close);
        }
        return MatchResult.fallback(top);
    }

    private Map<String, Double> vector(List<String> terms) {
        Map<String, Double> v = new HashMap<>();
        for (String term : terms) {
            v.merge(term, idf.getOrDefault(term, 0.0), Double::sum);
        }
        v.values().removeIf(w -> w == 0.0);
        return v;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot == 0 ? 0 : dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Double> v) {
        double sum = 0;
        for (double w : v.values()) {
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    static List<String> terms(String text) {
        String folded = VietnameseFolding.foldWords(text);
        if (folded.isEmpty()) {
            return List.of();
        }
        String[] words = folded.split(" ");
        List<String> terms = new ArrayList<>(List.of(words));
        for (int i = 0; i + 1 < words.length; i++) {
            terms.add(words[i] + "_" + words[i + 1]);
        }
        return terms;
    }

    private record Document(String entryId, Map<String, Double> vector) {
    }
}
