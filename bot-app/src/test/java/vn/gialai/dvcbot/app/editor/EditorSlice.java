package vn.gialai.dvcbot.app.editor;

import java.time.Clock;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import vn.gialai.dvcbot.core.answers.MatchResult;
import vn.gialai.dvcbot.core.conversation.ConversationSettings;
import vn.gialai.dvcbot.core.feedback.MissedQuestions;
import vn.gialai.dvcbot.core.handoff.HandoffSettings;
import vn.gialai.dvcbot.kb.catalog.KnowledgeBaseCatalog;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;
import vn.gialai.dvcbot.kb.editing.EntryEditing;
import vn.gialai.dvcbot.kb.editing.ImportPlanning;
import vn.gialai.dvcbot.kb.editing.MissedInbox;
import vn.gialai.dvcbot.kb.matching.MatcherFactory;
import vn.gialai.dvcbot.kb.store.KnowledgeBaseSync;
import vn.gialai.dvcbot.kb.testing.InMemoryKnowledgeBaseStore;

/**
 * The real editing and import services for editor web slices: the bundled content, its validation rules, the
 * store in memory instead of Redis. A question matches the entry that has it as an example, word for word; real
 * matching is knowledge-base's to test. The test declares {@link KnowledgeBaseSync} and {@link MissedQuestions}
 * (implementing {@link FreshKnowledgeBase} does both and resets the store before each test).
 */
@TestConfiguration(proxyBeanMethods = false)
class EditorSlice {

    private static final KnowledgeBaseContent BUNDLED = new ContentLoader().loadBundled().content();

    static List<Entry> bundled() {
        return BUNDLED.entries();
    }

    static KnowledgeBaseContent bundledContent() {
        return BUNDLED;
    }

    @Bean
    InMemoryKnowledgeBaseStore knowledgeBaseStore(Clock clock) {
        InMemoryKnowledgeBaseStore store = new InMemoryKnowledgeBaseStore(clock);
        store.reset(bundled());
        return store;
    }

    @Bean
    MatcherFactory matcherFactory() {
        return byExample();
    }

    @Bean
    KnowledgeBaseCatalog knowledgeBaseCatalog(MatcherFactory matchers) {
        return new KnowledgeBaseCatalog(matchers, BUNDLED);
    }

    /** The console's previews of a draft on each channel, and its check against the live answers. */
    @Bean
    ChannelPreview channelPreview(KnowledgeBaseCatalog catalog) {
        return new ChannelPreview(catalog, ConversationSettings.defaults());
    }

    @Bean
    RegressionCheck regressionCheck(MatcherFactory matchers, KnowledgeBaseCatalog catalog) {
        return new RegressionCheck(matchers, catalog);
    }

    @Bean
    EntryEditing entryEditing(InMemoryKnowledgeBaseStore store, KnowledgeBaseSync sync, KnowledgeBaseCatalog catalog,
            Clock clock) {
        return new EntryEditing(store, sync, catalog, clock, HandoffSettings.defaults().zone());
    }

    @Bean
    MissedInbox missedInbox(MissedQuestions missed, EntryEditing entries, InMemoryKnowledgeBaseStore store,
            Clock clock) {
        return new MissedInbox(missed, entries, store, clock);
    }

    @Bean
    ImportPlanning importPlanning(EntryEditing entries) {
        return new ImportPlanning(entries);
    }

    private static MatcherFactory byExample() {
        return content -> question -> content.entries().stream()
                .filter(e -> e.examples().stream().anyMatch(x -> x.equalsIgnoreCase(question.strip())))
                .findFirst()
                .map(e -> new MatchResult(MatchResult.Decision.ANSWER, List.of(new MatchResult.ScoredEntry(e.id(), 1.0)),
                        List.of()))
                .orElseGet(() -> MatchResult.fallback(List.of()));
    }
}
