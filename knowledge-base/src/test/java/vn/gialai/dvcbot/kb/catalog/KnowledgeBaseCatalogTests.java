package vn.gialai.dvcbot.kb.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.core.answers.AnswerEntry;
import vn.gialai.dvcbot.core.answers.EntryKind;
import vn.gialai.dvcbot.core.answers.MatchResult;
import vn.gialai.dvcbot.core.answers.MatchResult.Decision;
import vn.gialai.dvcbot.core.answers.Topic;
import vn.gialai.dvcbot.core.texts.BotText;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;
import vn.gialai.dvcbot.kb.matching.BlendedMatcher;
import vn.gialai.dvcbot.kb.matching.MatcherFactory;
import vn.gialai.dvcbot.kb.matching.MatchingSettings;

class KnowledgeBaseCatalogTests {

    private final KnowledgeBaseContent content = new ContentLoader()
            .loadDirectory(fixture()).content();

    @Test
    void topicsAreTheCategoriesThatHaveEntriesInFileOrder() {
        KnowledgeBaseCatalog catalog = new KnowledgeBaseCatalog(BlendedMatcher.factory(MatchingSettings.DEFAULTS), content);

        assertThat(catalog.topics()).containsExactly(new Topic("ho-tich", "Hộ tịch"));
        assertThat(catalog.entriesOf("ho-tich")).extracting(AnswerEntry::id).containsExactly("death-registration");
    }

    @Test
    void anEntryIsShownWithTypedFields() {
        KnowledgeBaseCatalog catalog = new KnowledgeBaseCatalog(BlendedMatcher.factory(MatchingSettings.DEFAULTS), content);

        AnswerEntry entry = catalog.entry("death-registration").orElseThrow();

        assertThat(entry.kind()).isEqualTo(EntryKind.PROCEDURE);
        assertThat(entry.online().availability()).isEqualTo(AnswerEntry.Availability.PARTIAL);
        assertThat(entry.reviewed()).hasToString("2026-11-01");
    }

    @Test
    void publishingNewContentAnswersFromItAtOnce() {
        KnowledgeBaseCatalog catalog = new KnowledgeBaseCatalog(BlendedMatcher.factory(MatchingSettings.DEFAULTS), content);
        Entry death = content.entry("death-registration").orElseThrow();
        Entry edited = death.withExamples(List.of("báo tử cho ông nội"));

        catalog.publish(content.withEntries(List.of(edited), Map.of()));

        assertThat(catalog.match("báo tử cho ông nội").decision()).isEqualTo(Decision.ANSWER);
        assertThat(catalog.match("làm giấy chứng tử ở đâu").top()).allSatisfy(s ->
                assertThat(s.score()).isLessThan(0.9));
    }

    @Test
    void theSameTextIsMatchedOnceUntilTheNextPublish() {
        List<String> asked = new java.util.ArrayList<>();
        MatcherFactory counting = c -> question -> {
            asked.add(question);
            return MatchResult.fallback(List.of());
        };
        KnowledgeBaseCatalog catalog = new KnowledgeBaseCatalog(counting, content);

        catalog.match("khai tử ở đâu");
        catalog.match("khai tử ở đâu");
        catalog.match("mất bao lâu");
        catalog.publish(content);
        catalog.match("khai tử ở đâu");

        assertThat(asked).containsExactly("khai tử ở đâu", "mất bao lâu", "khai tử ở đâu");
    }

    @Test
    void longTextsAreNotKept() {
        List<String> asked = new java.util.ArrayList<>();
        KnowledgeBaseCatalog catalog = new KnowledgeBaseCatalog(c -> question -> {
            asked.add(question);
            return MatchResult.fallback(List.of());
        }, content);
        String story = "dạ cháu chào cô chú ".repeat(20);

        catalog.match(story);
        catalog.match(story);

        assertThat(asked).hasSize(2);
    }

    @Test
    void theBotsWordsComeFromTheTextsFileAndPublishingOtherWordingChangesThemAtOnce() {
        KnowledgeBaseCatalog catalog = new KnowledgeBaseCatalog(BlendedMatcher.factory(MatchingSettings.DEFAULTS), content);

        assertThat(catalog.texts().get(BotText.CLARIFY)).isEqualTo("Bà con hỏi về thủ tục nào trong các thủ tục sau?");
        assertThat(catalog.texts().get(BotText.FALLBACK_FIRST)).isEqualTo(BotText.FALLBACK_FIRST.defaultText());
        assertThat(catalog.texts().says(BotText.CANCEL_PHRASES, "Thôi không cần")).as("a YAML list, \"no\" quoted")
                .isTrue();
        assertThat(catalog.texts().says(BotText.CANCEL_PHRASES, "no")).isTrue();
        assertThat(catalog.texts().says(BotText.CANCEL_PHRASES, "huy yeu cau")).isFalse();

        catalog.publish(content.withTexts(Map.of("fallback.first", "Tôi chưa hiểu, bà con hỏi lại giúp tôi nhé.")));

        assertThat(catalog.texts().get(BotText.FALLBACK_FIRST)).isEqualTo("Tôi chưa hiểu, bà con hỏi lại giúp tôi nhé.");
        assertThat(catalog.texts().get(BotText.CLARIFY)).isEqualTo(BotText.CLARIFY.defaultText());
    }

    private static Path fixture() {
        try {
            return Path.of(KnowledgeBaseCatalogTests.class.getResource("/fixtures/small").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
