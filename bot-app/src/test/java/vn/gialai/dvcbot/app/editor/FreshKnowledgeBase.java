package vn.gialai.dvcbot.app.editor;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import vn.gialai.dvcbot.core.feedback.MissedQuestions;
import vn.gialai.dvcbot.kb.store.KnowledgeBaseSync;
import vn.gialai.dvcbot.kb.testing.InMemoryKnowledgeBaseStore;

/**
 * For editor slices ({@link EditorSlice}): every test starts with the bundled content live as version 1 of each
 * entry; the sync with other instances and the missed-question inbox stand in as mocks (autowire them to check).
 */
@MockitoBean(types = {KnowledgeBaseSync.class, MissedQuestions.class})
interface FreshKnowledgeBase {

    @BeforeEach
    default void bundledContentLive(@Autowired InMemoryKnowledgeBaseStore store) {
        store.reset(EditorSlice.bundled());
    }
}
