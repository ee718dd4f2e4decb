package vn.gialai.dvcbot.kb.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import vn.gialai.dvcbot.core.answers.MatchResult;
import vn.gialai.dvcbot.core.answers.MatchResult.Decision;
import vn.gialai.dvcbot.core.answers.MatchResult.ScoredEntry;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;
import vn.gialai.dvcbot.kb.normalize.Abbreviations;

/**
 * The matcher citizens talk to. A maximum-entropy document categorizer (OpenNLP) trained on each entry's
 * examples, title and aliases plus an out-of-scope class, blended with BM25 coverage over all of an entry's
 * words; unknown syllables are first corrected through character trigrams. The blend is a weighted mean of two
 * [0, 1] scores, so one threshold means the same for every entry. A question the model puts out of scope only
 * counts as such when the words do not clearly name an entry either.
 */
public final class BlendedMatcher implements QuestionMatcher {

    static final String OUT_OF_SCOPE = "__out_of_scope__";
    /** Weight of the categorizer's probability in the blend; the rest is BM25 coverage. */
    static final double MODEL_WEIGHT = 0.6;
    /**
     * The raw blend of a clearly right entry lies around 0.25–0.5 (the categorizer spreads probability over
     * neighbours); doubling it puts "clearly right" at 0.5 and above while keeping the order and the [0, 1] range.
     */
    static final double SCALE = 2.0;

    private final MatchingSettings settings;
    private final Abbreviations abbreviations;
    private final DocumentCategorizerME categorizer;
    private final Bm25Index bm25;
    private final TypoCorrector typos;

    private BlendedMatcher(KnowledgeBaseContent content, MatchingSettings settings) {
        this.settings = settings;
        this.abbreviations = content.abbreviations();
        List<DocumentSample> samples = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<List<String>> documents = new ArrayList<>();
        Map<String, Integer> vocabulary = new HashMap<>();
        for (Entry entry : content.entries()) {
            if (entry.id() == null) {
                continue;
            }
            List<String> texts = new ArrayList<>(entry.examples());
            if (entry.title() != null) {
                texts.add(entry.title());
            }
            texts.addAll(entry.aliases());
            List<String> document = new ArrayList<>();
            for (String text : texts) {
                List<String> tokens = QuestionFeatures.tokens(text, abbreviations);
                List<String> folded = QuestionFeatures.folded(tokens);
                if (!tokens.isEmpty()) {
                    samples.add(new DocumentSample(entry.id(), QuestionFeatures.of(tokens, folded).toArray(String[]::new)));
                }
                document.addAll(QuestionFeatures.lexical(folded));
                folded.forEach(w -> vocabulary.merge(w, 1, Integer::sum));
            }
            for (String keyword : entry.keywords()) {
                List<String> folded = QuestionFeatures.folded(QuestionFeatures.tokens(keyword, abbreviations));
                document.addAll(QuestionFeatures.lexical(folded));
                folded.forEach(w -> vocabulary.merge(w, 1, Integer::sum));
            }
            ids.add(entry.id());
            documents.add(document);
        }
        for (String text : content.outOfScope()) {
            List<String> tokens = QuestionFeatures.tokens(text, abbreviations);
            if (!tokens.isEmpty()) {
                List<String> folded = QuestionFeatures.folded(tokens);
                samples.add(new DocumentSample(OUT_OF_SCOPE, QuestionFeatures.of(tokens, folded).toArray(String[]::new)));
                folded.forEach(w -> vocabulary.merge(w, 1, Integer::sum));
            }
        }
        this.bm25 = new Bm25Index(ids, documents);
        this.typos = new TypoCorrector(vocabulary);
        this.categorizer = samples.stream().map(DocumentSample::getCategory).distinct().count() < 2
                ? null : train(samples, settings.iterations());
    }

    public static MatcherFactory factory(MatchingSettings settings) {
        return content -> new BlendedMatcher(content, settings);
    }

    private static DocumentCategorizerME train(List<DocumentSample> samples, int iterations) {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()});
        try {
            DoccatModel model = DocumentCategorizerME.train("vi", new CollectionObjectStream<>(samples), parameters,
                    factory);
            return new DocumentCategorizerME(model);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Training the question categorizer failed", e);
        }
    }

    @Override
    public MatchResult match(String question) {
        List<String> tokens = QuestionFeatures.tokens(question == null ? "" : question, abbreviations);
        if (tokens.isEmpty()) {
            return MatchResult.fallback(List.of());
        }
        List<String> folded = QuestionFeatures.folded(tokens).stream().map(typos::correct).toList();
        Map<String, Double> lexical = bm25.scores(QuestionFeatures.lexical(folded));
        Map<String, Double> model = categorizer == null ? Map.of()
                : categorizer.scoreMap(QuestionFeatures.of(tokens, folded).toArray(String[]::new));
        double outOfScope = model.getOrDefault(OUT_OF_SCOPE, 0.0);
        Map<String, Double> blended = new HashMap<>();
        for (Map.Entry<String, Double> e : lexical.entrySet()) {
            blended.put(e.getKey(), blend(model.getOrDefault(e.getKey(), 0.0), e.getValue()));
        }
        for (Map.Entry<String, Double> e : model.entrySet()) {
            if (!e.getKey().equals(OUT_OF_SCOPE)) {
                blended.putIfAbsent(e.getKey(), blend(e.getValue(), 0.0));
            }
        }
        List<ScoredEntry> top = blended.entrySet().stream()
                .map(e -> new ScoredEntry(e.getKey(), round(e.getValue())))
                .sorted(Comparator.comparingDouble(ScoredEntry::score).reversed().thenComparing(ScoredEntry::id))
                .limit(5)
                .toList();
        return decide(top, outOfScope);
    }

    private static double blend(double probability, double coverage) {
        return SCALE * (MODEL_WEIGHT * probability + (1 - MODEL_WEIGHT) * coverage);
    }

    private MatchResult decide(List<ScoredEntry> top, double outOfScope) {
        if (top.isEmpty() || top.get(0).score() < settings.clarifyThreshold()
                || blend(outOfScope, 0) > top.get(0).score()) {
            return MatchResult.fallback(top);
        }
        double best = top.get(0).score();
        List<String> close = top.stream()
                .filter(s -> best - s.score() <= settings.clarifyMargin() && s.score() >= settings.clarifyThreshold())
                .limit(settings.maxChoices())
                .map(ScoredEntry::id)
                .toList();
        if (best >= settings.answerThreshold() && close.size() == 1) {
            return new MatchResult(Decision.ANSWER, top, List.of());
        }
        if (close.size() >= 2) {
            return new MatchResult(Decision.CLARIFY, top, close);
        }
        return MatchResult.fallback(top);
    }

    private static double round(double score) {
        return Math.round(Math.max(0, Math.min(1, score)) * 10_000) / 10_000.0;
    }
}
