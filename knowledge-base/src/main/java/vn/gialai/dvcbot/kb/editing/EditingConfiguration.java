package vn.gialai.dvcbot.kb.editing;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gialai.dvcbot.core.feedback.MissedQuestions;
import vn.gialai.dvcbot.core.handoff.HandoffSettings;
import vn.gialai.dvcbot.kb.catalog.KnowledgeBaseCatalog;
import vn.gialai.dvcbot.kb.store.KnowledgeBaseStore;
import vn.gialai.dvcbot.kb.store.KnowledgeBaseSync;

/** The editing services; "today" is the province's day, in the zone of {@code dvc.handoff.zone}. */
@Configuration(proxyBeanMethods = false)
public class EditingConfiguration {

    @Bean
    EntryEditing entryEditing(KnowledgeBaseStore store, KnowledgeBaseSync sync, KnowledgeBaseCatalog catalog,
            Clock clock, HandoffSettings settings) {
        return new EntryEditing(store, sync, catalog, clock, settings.zone());
    }

    @Bean
    MissedInbox missedInbox(MissedQuestions missed, EntryEditing entries, KnowledgeBaseStore store, Clock clock) {
        return new MissedInbox(missed, entries, store, clock);
    }

    @Bean
    ImportPlanning importPlanning(EntryEditing entries) {
        return new ImportPlanning(entries);
    }
}
