package vn.gialai.dvcbot.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import vn.gialai.dvcbot.core.answers.MatchResult;
import vn.gialai.dvcbot.core.answers.MatchResult.Decision;
import vn.gialai.dvcbot.core.answers.MatchResult.ScoredEntry;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;
import vn.gialai.dvcbot.kb.evaluation.Evaluation;
import vn.gialai.dvcbot.kb.evaluation.LabelledQuestion;
import vn.gialai.dvcbot.kb.evaluation.Outcome;
import vn.gialai.dvcbot.kb.matching.QuestionMatcher;

/**
 * The baseline the matcher must beat: Lucene BM25 over one document per entry (title, aliases, keywords,
 * examples) analysed with ICU tokenization and ICU folding, answering with the best hit when its score reaches a
 * threshold. Usage: {@code java -cp benchmarks.jar vn.gialai.dvcbot.benchmarks.LuceneBaseline FILE.tsv}.
 * It prints two summaries: answering every question, and with the threshold that makes 90 % of the file's own
 * out-of-scope questions fall back (tuned on the test file itself: the most favourable case for the baseline).
 */
public final class LuceneBaseline implements QuestionMatcher {

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer tokenizer = new ICUTokenizer();
            return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
        }
    };
    private final IndexSearcher searcher;
    private double threshold;

    LuceneBaseline(KnowledgeBaseContent content) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Entry entry : content.entries()) {
                Document doc = new Document();
                doc.add(new StringField("id", entry.id(), Field.Store.YES));
                List<String> texts = new ArrayList<>(entry.examples());
                texts.add(entry.title() == null ? "" : entry.title());
                texts.addAll(entry.aliases());
                texts.addAll(entry.keywords());
                doc.add(new TextField("text", String.join("\n", texts), Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        searcher = new IndexSearcher(DirectoryReader.open(directory));
    }

    public static void main(String[] args) throws IOException {
        List<LabelledQuestion> questions = LabelledQuestion.parse(
                Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8));
        LuceneBaseline baseline = new LuceneBaseline(new ContentLoader().loadBundled().content());
        System.out.println("answer always:      " + Evaluation.summaryLine(Evaluation.run(baseline, questions)));
        List<Double> outOfScope = questions.stream().filter(LabelledQuestion::outOfScope)
                .map(q -> baseline.rawBest(q.question())).sorted().toList();
        baseline.threshold = outOfScope.isEmpty() ? 0
                : outOfScope.get((int) Math.min(outOfScope.size() - 1, Math.ceil(outOfScope.size() * 0.9))) + 1e-9;
        List<Outcome> outcomes = Evaluation.run(baseline, questions);
        System.out.println("threshold " + String.format("%.3f", baseline.threshold) + ": "
                + Evaluation.summaryLine(outcomes));
    }

    private double rawBest(String question) {
        ScoreDoc[] hits = search(question);
        return hits.length == 0 ? 0 : hits[0].score;
    }

    @Override
    public MatchResult match(String question) {
        ScoreDoc[] hits = search(question);
        List<ScoredEntry> top = new ArrayList<>();
        double best = hits.length == 0 ? 1 : hits[0].score;
        try {
            for (ScoreDoc hit : hits) {
                top.add(new ScoredEntry(searcher.storedFields().document(hit.doc).get("id"), hit.score / best));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean answer = hits.length > 0 && hits[0].score >= threshold;
        return answer ? new MatchResult(Decision.ANSWER, top, List.of()) : MatchResult.fallback(top);
    }

    private ScoreDoc[] search(String question) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        try (TokenStream tokens = analyzer.tokenStream("text", question)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                query.add(new TermQuery(new Term("text", term.toString())), BooleanClause.Occur.SHOULD);
            }
            tokens.end();
            return searcher.search(query.build(), 5).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
