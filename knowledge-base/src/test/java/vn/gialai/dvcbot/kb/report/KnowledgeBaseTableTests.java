package vn.gialai.dvcbot.kb.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;

class KnowledgeBaseTableTests {

    @Test
    void theCommittedOverviewMatchesTheBundledContent() throws Exception {
        KnowledgeBaseContent content = new ContentLoader().loadBundled().content();
        Path committed = Path.of("..", "docs", "knowledge-base.md");

        assertThat(Files.readString(committed, StandardCharsets.UTF_8))
                .as("docs/knowledge-base.md is out of date; regenerate it with: " + KnowledgeBaseTable.COMMAND)
                .isEqualTo(KnowledgeBaseTable.markdown(content));
    }

    @Test
    void everyEntryIsARowWithItsAuthorityOnlineReviewedAndUnverifiedPoints() {
        KnowledgeBaseContent content = new ContentLoader().loadBundled().content();

        String markdown = KnowledgeBaseTable.markdown(content);

        content.entries().forEach(e -> {
            assertThat(markdown).contains("| `" + e.id() + "` ");
            if (e.online() != null) {
                assertThat(markdown).contains("| " + e.online().availability() + " | " + e.reviewed() + " | "
                        + e.examples().size() + " | ");
            }
        });
    }
}
