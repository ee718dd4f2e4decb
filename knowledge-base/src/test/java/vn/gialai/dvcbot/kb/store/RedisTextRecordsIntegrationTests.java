package vn.gialai.dvcbot.kb.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.redis.RedisKeys;
import vn.gialai.dvcbot.core.testing.TestRedis;
import vn.gialai.dvcbot.core.texts.BotText;
import vn.gialai.dvcbot.kb.catalog.KnowledgeBaseCatalog;
import vn.gialai.dvcbot.kb.content.Category;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;
import vn.gialai.dvcbot.kb.matching.BlendedMatcher;
import vn.gialai.dvcbot.kb.matching.MatchingSettings;
import vn.gialai.dvcbot.kb.normalize.Abbreviations;

class RedisTextRecordsIntegrationTests {

    private static final String FIRST = "Xin lỗi bà con, tôi chưa hiểu câu hỏi này. Bà con hỏi lại ngắn gọn giúp tôi nhé.";
    private static final String EDITED = "Tôi chưa hiểu ý bà con. Bà con nêu tên giấy tờ cần làm, ví dụ “căn cước”.";

    private final String prefix = TestRedis.uniquePrefix();
    private final LettuceConnectionFactory factory = TestRedis.connectionFactory();
    private final StringRedisTemplate redis = TestRedis.template(factory);
    private final RedisKeys keys = new RedisKeys(prefix);
    private final RedisKnowledgeBaseStore store = new RedisKnowledgeBaseStore(redis, keys, Clock.systemUTC());
    private final RedisTextRecords texts = new RedisTextRecords(redis, keys, Clock.systemUTC(), store);

    @AfterEach
    void cleanUp() {
        TestRedis.deleteKeys(redis, prefix);
        factory.destroy();
    }

    @Test
    void theBundledWordingIsSeededLiveAndAnEditorsPublishedWordingAnswersAfterTheNextRefresh() {
        KnowledgeBaseCatalog catalog = catalog(Map.of("fallback.first", FIRST));
        KnowledgeBaseSync sync = new KnowledgeBaseSync(store, texts, catalog);
        sync.refresh();
        assertThat(texts.live()).containsEntry("fallback.first", FIRST);

        TextRecords.TextVersion draft = texts.save("fallback.first", EDITED, 1, "lan", "save");
        sync.refresh();
        assertThat(catalog.texts().get(BotText.FALLBACK_FIRST)).as("a draft is not live").isEqualTo(FIRST);

        texts.publish("fallback.first", draft.version(), "lan");
        sync.refresh();

        assertThat(catalog.texts().get(BotText.FALLBACK_FIRST)).isEqualTo(EDITED);
        assertThat(store.audit(5)).extracting(AuditRecord::entryId, AuditRecord::action)
                .startsWith(org.assertj.core.groups.Tuple.tuple("text:fallback.first", "publish"),
                        org.assertj.core.groups.Tuple.tuple("text:fallback.first", "save"));
    }

    @Test
    void aNewReleasesWordingReplacesOnlyTextsNoEditorTouched() {
        new KnowledgeBaseSync(store, texts, catalog(Map.of("fallback.first", FIRST, "clarify", "Bà con chọn một mục:")))
                .refresh();
        texts.publish("clarify", texts.save("clarify", "Bà con hỏi thủ tục nào dưới đây?", 1, "lan", "save").version(),
                "lan");

        KnowledgeBaseCatalog upgraded = catalog(Map.of("fallback.first", EDITED, "clarify", "Mời bà con chọn:"));
        new KnowledgeBaseSync(store, texts, upgraded).refresh();

        assertThat(upgraded.texts().get(BotText.FALLBACK_FIRST)).isEqualTo(EDITED);
        assertThat(upgraded.texts().get(BotText.CLARIFY)).isEqualTo("Bà con hỏi thủ tục nào dưới đây?");
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefusedAndOldVersionsStay() {
        texts.save("clarify", "Bà con chọn một mục:", 0, "lan", "save");
        texts.save("clarify", "Bà con hỏi thủ tục nào dưới đây?", 1, "an", "save");

        assertThatThrownBy(() -> texts.save("clarify", "Mời bà con chọn:", 1, "bình", "save"))
                .isInstanceOfSatisfying(VersionConflict.class, c -> assertThat(c.latestVersion()).isEqualTo(2));
        assertThat(texts.versions("clarify")).extracting(TextRecords.TextVersion::wording)
                .containsExactly("Bà con hỏi thủ tục nào dưới đây?", "Bà con chọn một mục:");
        assertThat(texts.status("clarify").orElseThrow().liveVersion()).isZero();
    }

    private static KnowledgeBaseCatalog catalog(Map<String, String> bundledTexts) {
        KnowledgeBaseContent content = new KnowledgeBaseContent(List.of(), List.of(new Category("ho-tich", "Hộ tịch")),
                List.of(), Map.of(), Abbreviations.NONE, bundledTexts);
        return new KnowledgeBaseCatalog(BlendedMatcher.factory(MatchingSettings.DEFAULTS), content);
    }
}
