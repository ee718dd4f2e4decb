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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gialai.dvcbot.core.answers.MatchResult;
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
// Over 250 lines on purpose: one measured scoring algorithm, described step by step in docs/matching.md.
public final class BlendedMatcher implements QuestionMatcher {

    private static final Logger log = LoggerFactory.getLogger(BlendedMatcher.class);

    static final String OUT_OF_SCOPE = "__out_of_scope__";
    /** Weight of the categorizer's probability in the blend; the rest is BM25 coverage. */
    static final double MODEL_WEIGHT = 0.6;
    /**
     * The raw blend of a clearly right entry lies around 0.25–0.5 (the categorizer spreads probability over
     * neighbours); doubling it puts "clearly right" at 0.5 and above while keeping the order and the [0, 1] range.
     */
    static final double SCALE = 2.0;

    /**
     * Training work allowed, in (training question × class) steps over all iterations: GIS pays one step per
     * pair in every iteration, so a large knowledge base gets fewer iterations instead of minutes of training
     * (BM25 coverage keeps carrying the ranking there). A few seconds on the 2-core build machine.
     */
    static final long TRAINING_BUDGET = 150_000_000L;
    static final int MIN_ITERATIONS = 5;
    /**
     * How many texts the categorizer learns from in all: a large knowledge base trains on the title, aliases and
     * the first examples of each entry (at least {@link #MIN_SAMPLES_PER_ENTRY}); BM25 still indexes every example.
     */
    static final int SAMPLE_BUDGET = 12_000;
    static final int MIN_SAMPLES_PER_ENTRY = 5;

    /** Messages with more tokens than this are also read in windows of {@link #WINDOW} tokens. */
    static final int LONG_TOKENS = 10;
    static final int WINDOW = 8;
    static final int WINDOW_STRIDE = 4;
    static final double WINDOW_WEIGHT = 0.9;

    private final MatchingSettings settings;
    private final DecisionPolicy policy;
    private final Abbreviations abbreviations;
    private final DocumentCategorizerME categorizer;
    private final Bm25Index bm25;
    private final TypoCorrector typos;
    private final DiacriticRestorer diacritics = new DiacriticRestorer();
    private final EntryNames names = new EntryNames();
    private final List<String> ids;
    /** For each class of the categorizer, the index of its entry in {@link #ids}; -1 for out of scope. */
    private final int[] entryOfOutcome;
    /** The position of each id in {@link #ids}. */
    private final Map<String, Integer> index = new HashMap<>();
    /** Greetings, thanks and goodbyes, by position in {@link #ids}. */
    private final boolean[] smalltalk;

    private BlendedMatcher(KnowledgeBaseContent content, MatchingSettings settings) {
        long started = System.nanoTime();
        this.settings = settings;
        this.policy = new DecisionPolicy(settings);
        this.abbreviations = content.abbreviations();
        List<DocumentSample> samples = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        this.ids = ids;
        List<List<String>> documents = new ArrayList<>();
        List<Boolean> smalltalk = new ArrayList<>();
        Map<String, Integer> vocabulary = new HashMap<>();
        Map<String, Integer> pairs = new HashMap<>();
        for (Entry entry : content.entries()) {
            if (entry.id() == null) {
                continue;
            }
            List<String> texts = new ArrayList<>(entry.examples());
            if (entry.title() != null) {
                texts.add(0, entry.title());
            }
            texts.addAll(0, entry.aliases());
            List<String> document = new ArrayList<>();
            int trainOn = Math.max(MIN_SAMPLES_PER_ENTRY, SAMPLE_BUDGET / Math.max(1, content.entries().size()));
            for (int t = 0; t < texts.size(); t++) {
                List<String> tokens = QuestionFeatures.tokens(texts.get(t), abbreviations);
                List<String> folded = QuestionFeatures.folded(tokens);
                if (!tokens.isEmpty() && t < trainOn) {
                    samples.add(new DocumentSample(entry.id(), QuestionFeatures.of(tokens, folded).toArray(String[]::new)));
                }
                document.addAll(QuestionFeatures.lexical(folded));
                count(folded, vocabulary, pairs);
                diacritics.learn(tokens, folded);
            }
            for (String keyword : entry.keywords()) {
                List<String> folded = QuestionFeatures.folded(QuestionFeatures.tokens(keyword, abbreviations));
                document.addAll(QuestionFeatures.lexical(folded));
                count(folded, vocabulary, pairs);
                names.add(entry.id(), folded);
            }
            nameOf(entry).forEach(name -> names.add(entry.id(),
                    QuestionFeatures.folded(QuestionFeatures.tokens(name, abbreviations))));
            ids.add(entry.id());
            smalltalk.add("smalltalk".equals(entry.kind()));
            documents.add(document);
        }
        List<String> outOfScopeDocument = new ArrayList<>();
        for (String text : content.outOfScope()) {
            List<String> tokens = QuestionFeatures.tokens(text, abbreviations);
            if (!tokens.isEmpty()) {
                List<String> folded = QuestionFeatures.folded(tokens);
                outOfScopeDocument.addAll(QuestionFeatures.lexical(folded));
                samples.add(new DocumentSample(OUT_OF_SCOPE, QuestionFeatures.of(tokens, folded).toArray(String[]::new)));
                count(folded, vocabulary, pairs);
            }
        }
        this.smalltalk = new boolean[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            this.smalltalk[i] = smalltalk.get(i);
            index.putIfAbsent(ids.get(i), i);
        }
        // The out-of-scope questions are one more BM25 document, so "not ours" is scored like an entry.
        List<String> indexed = new ArrayList<>(ids);
        indexed.add(OUT_OF_SCOPE);
        documents.add(outOfScopeDocument);
        this.bm25 = new Bm25Index(indexed, documents);
        this.typos = new TypoCorrector(vocabulary, pairs);
        diacritics.freeze();
        this.categorizer = samples.stream().map(DocumentSample::getCategory).distinct().count() < 2
                ? null : train(samples, iterations(samples, ids.size() + 1, settings.iterations()));
        this.entryOfOutcome = new int[categorizer == null ? 0 : categorizer.getNumberOfCategories()];
        for (int o = 0; o < entryOfOutcome.length; o++) {
            entryOfOutcome[o] = ids.indexOf(categorizer.getCategory(o));
        }
        log.info("Matcher trained on {} entries and {} questions in {} ms", ids.size(), samples.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The title without its explanation in brackets ("Đăng ký khai sinh quá hạn (trễ hơn 60 ngày)"), and aliases. */
    private static List<String> nameOf(Entry entry) {
        List<String> texts = new ArrayList<>(entry.aliases());
        if (entry.title() != null) {
            texts.add(entry.title().replaceAll("\\(.*", ""));
        }
        return texts;
    }

    /** Counts the words and word pairs of one text, for the typo corrector. */
    private static void count(List<String> folded, Map<String, Integer> vocabulary, Map<String, Integer> pairs) {
        for (int i = 0; i < folded.size(); i++) {
            vocabulary.merge(folded.get(i), 1, Integer::sum);
            if (i > 0) {
                pairs.merge(folded.get(i - 1) + "_" + folded.get(i), 1, Integer::sum);
            }
        }
    }

    public static MatcherFactory factory(MatchingSettings settings) {
        return content -> new BlendedMatcher(content, settings);
    }

    static int iterations(List<DocumentSample> samples, int classes, int wanted) {
        long perIteration = Math.max(1L, (long) samples.size() * classes);
        return (int) Math.max(MIN_ITERATIONS, Math.min(wanted, TRAINING_BUDGET / perIteration));
    }

    private static DocumentCategorizerME train(List<DocumentSample> samples, int iterations) {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        // The default two-pass indexer writes every event to a temporary file first; memory is plenty here.
        parameters.put("DataIndexer", "OnePass");
        parameters.put(TrainingParameters.THREADS_PARAM, Math.min(2, Runtime.getRuntime().availableProcessors()));
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
        return policy.decide(rank(question));
    }

    /** The scores of a question before any decision (also what the thresholds are calibrated on). */
    Ranking rank(String question) {
        List<String> tokens = QuestionFeatures.tokens(question == null ? "" : question, abbreviations);
        if (tokens.isEmpty()) {
            return Ranking.NOTHING;
        }
        TypoCorrector.Corrected corrected = typos.correct(tokens, QuestionFeatures.folded(tokens));
        List<String> folded = corrected.folded();
        tokens = diacritics.restore(corrected.accented(), folded, typedWithoutDiacritics(question));
        Scores scores = score(tokens, folded);
        if (tokens.size() > LONG_TOKENS && !scores.clear()) {
            scores = scores.withWindows(tokens, folded);
        }
        scores.quietSmalltalk();
        List<ScoredEntry> top = best(scores.entries);
        if (top.isEmpty()) {
            return new Ranking(top, 0, List.of());
        }
        return new Ranking(top, scores.outOfScope[index.get(top.get(0).id())], twoTopics(scores, top),
                names.named(folded));
    }

    /**
     * No letter of the message carries a diacritic (or is đ): every such letter lies above Latin-1's control
     * block, and NFD input carries combining marks. A scan, not a fold, because it runs for every message.
     */
    static boolean typedWithoutDiacritics(String question) {
        for (int i = 0; i < question.length(); i++) {
            char c = question.charAt(i);
            if (c >= '\u00C0' && (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
                return false;
            }
        }
        return true;
    }

    /** Blended scores of every entry for these tokens, and the out-of-scope probability. */
    private double[] blended(List<String> tokens, List<String> folded) {
        double[] out = bm25.scores(QuestionFeatures.lexical(folded));
        int n = ids.size();
        for (int i = 0; i <= n; i++) {
            out[i] = blend(0, out[i]);
        }
        if (categorizer != null) {
            double[] probabilities = categorizer.categorize(QuestionFeatures.of(tokens, folded).toArray(String[]::new));
            for (int o = 0; o < probabilities.length; o++) {
                int entry = entryOfOutcome[o];
                out[entry < 0 ? n : entry] += blend(probabilities[o], 0);
            }
        }
        return out;
    }

    private Scores score(List<String> tokens, List<String> folded) {
        double[] all = blended(tokens, folded);
        int n = ids.size();
        double[] outOfScope = new double[n];
        java.util.Arrays.fill(outOfScope, all[n]);
        int[] window = new int[n];
        java.util.Arrays.fill(window, -1);
        return new Scores(java.util.Arrays.copyOf(all, n), outOfScope, window);
    }

    /**
     * Per entry: its score, the out-of-scope score to compare it with, and which window earned the score (-1: the
     * whole message).
     */
    private final class Scores {
        final double[] entries;
        final double[] outOfScope;
        final int[] window;

        Scores(double[] entries, double[] outOfScope, int[] window) {
            this.entries = entries;
            this.outOfScope = outOfScope;
            this.window = window;
        }

        /**
         * A long message (a greeting, a story, then the request) is also read in overlapping windows, so the parts
         * around the request cannot outvote it. Each entry keeps its best score over the readings (whole message,
         * or a window slightly discounted since a short text explains itself more easily), and is out of scope only
         * if no reading beats the out-of-scope class: its out-of-scope figure is set so that score minus it is the
         * best margin of any reading.
         */
        Scores withWindows(List<String> tokens, List<String> folded) {
            for (int start = 0, w = 0; start < tokens.size() - WINDOW_STRIDE; start += WINDOW_STRIDE, w++) {
                int end = Math.min(tokens.size(), start + WINDOW);
                double[] part = blended(tokens.subList(start, end), folded.subList(start, end));
                double partOutOfScope = part[entries.length] * WINDOW_WEIGHT;
                for (int i = 0; i < entries.length; i++) {
                    double s = part[i] * WINDOW_WEIGHT;
                    double margin = Math.max(entries[i] - outOfScope[i], s - partOutOfScope);
                    if (s > entries[i]) {
                        entries[i] = s;
                        window[i] = w;
                    }
                    outOfScope[i] = entries[i] - margin;
                }
            }
            return this;
        }

        /**
         * One entry other than smalltalk clearly answers the whole message (above the answer threshold, beating out
         * of scope, nothing within the margin): reading it in windows could not change the answer.
         */
        boolean clear() {
            int best = 0;
            double second = 0;
            for (int i = 1; i < entries.length; i++) {
                if (entries[i] > entries[best]) {
                    second = entries[best];
                    best = i;
                } else {
                    second = Math.max(second, entries[i]);
                }
            }
            return entries.length > 0 && !smalltalk[best] && entries[best] >= settings.answerThreshold()
                    && entries[best] > outOfScope[best] && entries[best] - second > settings.clarifyMargin();
        }

        /** Greetings, thanks and goodbyes win only when nothing else is asked. */
        void quietSmalltalk() {
            boolean asksSomething = false;
            for (int i = 0; i < entries.length; i++) {
                asksSomething |= !smalltalk[i] && entries[i] >= settings.clarifyThreshold();
            }
            if (asksSomething) {
                for (int i = 0; i < entries.length; i++) {
                    entries[i] = smalltalk[i] ? 0 : entries[i];
                }
            }
        }
    }

    /** The five best entries, best first (ties by id, so results are stable). */
    private List<ScoredEntry> best(double[] scores) {
        List<ScoredEntry> top = new ArrayList<>(6);
        Comparator<ScoredEntry> order = Comparator.comparingDouble(ScoredEntry::score).reversed()
                .thenComparing(ScoredEntry::id);
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] <= 0 || (top.size() == 5 && scores[i] < top.get(4).score())) {
                continue;
            }
            top.add(new ScoredEntry(ids.get(i), round(scores[i])));
            top.sort(order);
            if (top.size() > 5) {
                top.remove(5);
            }
        }
        return top;
    }

    private static double blend(double probability, double coverage) {
        return SCALE * (MODEL_WEIGHT * probability + (1 - MODEL_WEIGHT) * coverage);
    }

    /**
     * A long message whose best entry comes from one part, while another entry is also clearly asked, by the whole
     * message or by a part that does not overlap: both are offered (best first) instead of guessing which part was
     * the story and which the request.
     */
    private List<String> twoTopics(Scores scores, List<ScoredEntry> top) {
        int first = index.get(top.get(0).id());
        if (scores.window[first] < 0) {
            return List.of();
        }
        for (ScoredEntry other : top.subList(1, top.size())) {
            int i = index.get(other.id());
            if (other.score() >= settings.answerThreshold()
                    && (scores.window[i] < 0 || Math.abs(scores.window[i] - scores.window[first]) >= 2)) {
                return List.of(top.get(0).id(), other.id());
            }
        }
        return List.of();
    }

    private static double round(double score) {
        return Math.round(Math.max(0, Math.min(1, score)) * 10_000) / 10_000.0;
    }
}
