package vn.gialai.dvcbot.kb.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.core.answers.AnswerEntry;
import vn.gialai.dvcbot.core.conversation.AnswerPreview;
import vn.gialai.dvcbot.core.conversation.Reply;
import vn.gialai.dvcbot.kb.catalog.KnowledgeBaseCatalog;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;
import vn.gialai.dvcbot.kb.matching.LexicalMatcher;

/** The knowledge base that ships in the jar is checked on every build. */
class BundledContentTests {

    private static final int ZALO_LIMIT = 2000;
    private static final int TELEGRAM_LIMIT = 4096;

    private final ContentLoader.Loaded loaded = new ContentLoader().loadBundled();
    private final KnowledgeBaseContent content = loaded.content();

    @Test
    void theBundledContentIsValid() {
        assertThat(loaded.problems()).isEmpty();
        assertThat(new ContentValidator(LocalDate.now()).validate(content)).isEmpty();
    }

    @Test
    void everyRenderedReplyFitsZaloAndTelegram() {
        KnowledgeBaseCatalog catalog = new KnowledgeBaseCatalog(LexicalMatcher.factory(), content);
        AnswerPreview preview = new AnswerPreview(catalog, ZALO_LIMIT);
        for (Entry entry : content.entries()) {
            AnswerEntry answer = catalog.entry(entry.id()).orElseThrow();
            Map<String, List<Reply>> replies = preview.of(answer);
            assertThat(replies).as(entry.id()).isNotEmpty();
            replies.forEach((part, parts) -> parts.forEach(reply -> assertThat(reply.text().length())
                    .as(entry.id() + " " + part)
                    .isPositive()
                    .isLessThanOrEqualTo(ZALO_LIMIT)
                    .isLessThanOrEqualTo(TELEGRAM_LIMIT)));
        }
    }
}
