package vn.gialai.dvcbot.kb.editing;

import static org.mockito.Mockito.mock;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.gialai.dvcbot.core.answers.MatchResult;
import vn.gialai.dvcbot.core.feedback.MissedGroup;
import vn.gialai.dvcbot.core.feedback.MissedQuestions;
import vn.gialai.dvcbot.core.feedback.QuestionMissed;
import vn.gialai.dvcbot.core.testing.SettableClock;
import vn.gialai.dvcbot.kb.catalog.KnowledgeBaseCatalog;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;
import vn.gialai.dvcbot.kb.matching.MatcherFactory;
import vn.gialai.dvcbot.kb.store.KnowledgeBaseSync;
import vn.gialai.dvcbot.kb.testing.InMemoryKnowledgeBaseStore;

/**
 * The editing services on the bundled content, the store in memory: each entry live as version 1. The sync with
 * other instances stands in as a mock (it needs Redis); a question matches the entry that has it as an example.
 */
final class EditingFixture {

    static final KnowledgeBaseContent BUNDLED = new ContentLoader().loadBundled().content();
    static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Now: the bundled entries' review dates are all in the past, as {@code kb validate} requires. */
    final SettableClock clock = new SettableClock(Instant.now());
    final InMemoryKnowledgeBaseStore store = new InMemoryKnowledgeBaseStore(clock);
    final KnowledgeBaseCatalog catalog = new KnowledgeBaseCatalog(byExample(), BUNDLED);
    final KnowledgeBaseSync sync = mock(KnowledgeBaseSync.class);
    final Missed missed = new Missed();
    final EntryEditing editing = new EntryEditing(store, sync, catalog, clock, PROVINCE);
    final MissedInbox inbox = new MissedInbox(missed, editing, store, clock);
    final ImportPlanning planning = new ImportPlanning(editing);

    EditingFixture() {
        store.reset(BUNDLED.entries());
    }

    static Entry anyEntry() {
        return BUNDLED.entries().get(0);
    }

    /** The missed-question inbox as a list. */
    static final class Missed implements MissedQuestions {
        final List<MissedGroup> groups = new ArrayList<>();

        @Override
        public void record(QuestionMissed missed) {
            throw new UnsupportedOperationException("editing never records a missed question");
        }

        @Override
        public List<MissedGroup> groups() {
            return List.copyOf(groups);
        }

        @Override
        public void resolve(MissedGroup group) {
            groups.removeIf(g -> g.id().equals(group.id()));
        }
    }

    private static MatcherFactory byExample() {
        return content -> question -> content.entries().stream()
                .filter(e -> e.examples().stream().anyMatch(x -> x.equalsIgnoreCase(question.strip())))
                .findFirst()
                .map(e -> new MatchResult(MatchResult.Decision.ANSWER,
                        List.of(new MatchResult.ScoredEntry(e.id(), 1.0)), List.of()))
                .orElseGet(() -> MatchResult.fallback(List.of()));
    }
}
