package vn.gialai.dvcbot.kb.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ContentLoaderTests {

    private final ContentLoader loader = new ContentLoader();

    @Test
    void aFolderLoadsEntriesCategoriesAndOutOfScopeExamplesAndReportsUnreadableFiles() throws Exception {
        Path dir = Path.of(getClass().getResource("/fixtures/small").toURI());

        ContentLoader.Loaded loaded = loader.loadDirectory(dir);

        KnowledgeBaseContent content = loaded.content();
        assertThat(content.entries()).extracting(Entry::id).containsExactly("death-registration");
        Entry entry = content.entries().get(0);
        assertThat(entry.processingTime()).isEqualTo("Trong ngày");
        assertThat(entry.online().availability()).isEqualTo("partial");
        assertThat(entry.documents()).isEmpty();
        assertThat(content.categories()).extracting(Category::id).containsExactly("ho-tich", "empty-topic");
        assertThat(content.outOfScope()).containsExactly("giá vàng hôm nay");
        assertThat(content.files()).containsEntry("death-registration", "ho-tich/death-registration.yaml");
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("broken.yaml");
            assertThat(p.reason()).startsWith("không đọc được");
        });
    }

    @Test
    void twoFilesWithTheSameIdAreReportedWithBothNames() throws Exception {
        Path dir = Path.of(getClass().getResource("/fixtures/duplicate-ids").toURI());

        ContentLoader.Loaded loaded = loader.loadDirectory(dir);

        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("b/greeting.yaml");
            assertThat(p.field()).isEqualTo("id");
            assertThat(p.reason()).contains("a/greeting.yaml");
        });
    }

    @Test
    void theBundledContentLoadsWithoutProblems() {
        ContentLoader.Loaded loaded = loader.loadBundled();

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.content().entries()).extracting(Entry::id).contains("greeting", "birth-registration");
        assertThat(loaded.content().categories()).isNotEmpty();
    }

    @Test
    void anEntryWritesBackToTheSameYaml() {
        Entry entry = loader.loadBundled().content().entry("birth-registration").orElseThrow();

        Entry again = loader.parseEntry(loader.writeEntry(entry));

        assertThat(again).isEqualTo(entry);
    }
}
