package vn.gialai.dvcbot.kb.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import vn.gialai.dvcbot.core.answers.AnswerCatalog;
import vn.gialai.dvcbot.core.answers.AnswerEntry;
import vn.gialai.dvcbot.core.answers.MatchResult;
import vn.gialai.dvcbot.core.answers.Topic;
import vn.gialai.dvcbot.core.texts.BotTexts;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;
import vn.gialai.dvcbot.kb.matching.MatcherFactory;
import vn.gialai.dvcbot.kb.matching.QuestionMatcher;

/**
 * The answer catalog over the live content. {@link #publish} trains a new matcher first and then swaps the
 * whole snapshot in one step, so questions are answered all the while, each from one consistent version.
 */
public final class KnowledgeBaseCatalog implements AnswerCatalog {

    /** How many recent texts keep their match result, and the longest text kept (bounds the memory). */
    static final int RECENT_TEXTS = 2_048;
    static final int RECENT_TEXT_CHARS = 300;

    private final MatcherFactory matchers;
    private final AtomicReference<Snapshot> live = new AtomicReference<>();

    public KnowledgeBaseCatalog(MatcherFactory matchers, KnowledgeBaseContent content) {
        this.matchers = matchers;
        publish(content);
    }

    /** Makes this content live. */
    public void publish(KnowledgeBaseContent content) {
        live.set(snapshot(content));
    }

    /**
     * Makes other wording of the bot's own texts live, keeping the entries and the trained matcher: no retraining
     * for a changed sentence.
     */
    public void publishTexts(Map<String, String> texts) {
        live.updateAndGet(s -> new Snapshot(s.content().withTexts(texts), s.matcher(), s.answers(), s.topics(),
                BotTexts.of(texts), s.recent()));
    }

    /** How the engine sees an entry (for editors' previews of drafts). */
    public static AnswerEntry answerOf(Entry entry) {
        return AnswerEntries.of(entry);
    }

    /** The content currently answering citizens. */
    public KnowledgeBaseContent content() {
        return live.get().content();
    }

    /**
     * A turn asks about the same text up to three times (the follow-up rules try the message, its remainder and the
     * message again as a new question), and many citizens send the same short messages ("cccd", "xin chào"): the
     * results of recent texts are kept with the snapshot they came from, so a publish starts afresh.
     */
    @Override
    public MatchResult match(String question) {
        Snapshot snapshot = live.get();
        if (question == null || question.length() > RECENT_TEXT_CHARS) {
            return snapshot.matcher().match(question);
        }
        MatchResult known = snapshot.recent().get(question);
        if (known != null) {
            return known;
        }
        MatchResult result = snapshot.matcher().match(question);
        if (snapshot.recent().size() >= RECENT_TEXTS) {
            snapshot.recent().clear();
        }
        snapshot.recent().put(question, result);
        return result;
    }

    @Override
    public Optional<AnswerEntry> entry(String id) {
        return Optional.ofNullable(live.get().answers().get(id));
    }

    @Override
    public List<Topic> topics() {
        return live.get().topics();
    }

    @Override
    public List<AnswerEntry> entriesOf(String topicId) {
        return live.get().answers().values().stream().filter(a -> a.topicId().equals(topicId)).toList();
    }

    @Override
    public BotTexts texts() {
        return live.get().texts();
    }

    private Snapshot snapshot(KnowledgeBaseContent content) {
        QuestionMatcher matcher = matchers.build(content);
        Map<String, AnswerEntry> answers = new LinkedHashMap<>();
        for (Entry entry : content.entries()) {
            if (entry.id() != null) {
                answers.putIfAbsent(entry.id(), AnswerEntries.of(entry));
            }
        }
        List<Topic> topics = content.categories().stream()
                .filter(c -> answers.values().stream().anyMatch(a -> a.topicId().equals(c.id())))
                .map(c -> new Topic(c.id(), c.title()))
                .toList();
        return new Snapshot(content, matcher, answers, topics, BotTexts.of(content.texts()),
                new ConcurrentHashMap<>());
    }

    private record Snapshot(KnowledgeBaseContent content, QuestionMatcher matcher, Map<String, AnswerEntry> answers,
            List<Topic> topics, BotTexts texts, Map<String, MatchResult> recent) {
    }
}
