package vn.gialai.dvcbot.kb.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.redis.RedisKeys;
import vn.gialai.dvcbot.core.testing.TestRedis;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.content.Entry;

class RedisKnowledgeBaseStoreIntegrationTests {

    private final String prefix = TestRedis.uniquePrefix();
    private final LettuceConnectionFactory factory = TestRedis.connectionFactory();
    private final StringRedisTemplate redis = TestRedis.template(factory);
    private final RedisKnowledgeBaseStore store = new RedisKnowledgeBaseStore(redis, new RedisKeys(prefix),
            Clock.systemUTC());
    private final Entry birth = new ContentLoader().loadBundled().content().entry("birth-registration").orElseThrow();

    @AfterEach
    void cleanUp() {
        TestRedis.deleteKeys(redis, prefix);
        factory.destroy();
    }

    @Test
    void everySaveIsANewDraftVersionWithItsAuthor() {
        store.save(birth, 0, "an", "save");
        EntryVersion second = store.save(birth.withExamples(List.of("làm khai sinh")), 1, "bình", "save");

        assertThat(second.version()).isEqualTo(2);
        assertThat(store.versions("birth-registration")).extracting(EntryVersion::version, EntryVersion::author)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "bình"),
                        org.assertj.core.groups.Tuple.tuple(1, "an"));
        assertThat(store.version("birth-registration", 2).orElseThrow().entry().examples())
                .containsExactly("làm khai sinh");
        assertThat(store.status("birth-registration").orElseThrow().status()).isEqualTo("draft");
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefused() {
        store.save(birth, 0, "an", "save");
        store.save(birth, 1, "an", "save");

        assertThatThrownBy(() -> store.save(birth, 1, "bình", "save"))
                .isInstanceOfSatisfying(VersionConflict.class, c -> assertThat(c.latestVersion()).isEqualTo(2));
        assertThat(store.versions("birth-registration")).hasSize(2);
    }

    @Test
    void twoEditorsSavingAtOnceNeverBothWin() throws Exception {
        store.save(birth, 0, "an", "save");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Callable<Boolean> attempt = () -> {
                try {
                    store.save(birth, 1, "editor", "save");
                    return true;
                } catch (VersionConflict lost) {
                    return false;
                }
            };
            List<Future<Boolean>> results = pool.invokeAll(java.util.Collections.nCopies(8, attempt));
            long winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.status("birth-registration").orElseThrow().latestVersion()).isEqualTo(2);
    }

    @Test
    void publishingMakesAVersionLiveAndMovesTheRevision() {
        store.save(birth, 0, "an", "save");
        store.save(birth.withExamples(List.of("khai sinh cho con")), 1, "an", "save");
        long before = store.revision();

        store.publish("birth-registration", 2, "an");

        assertThat(store.revision()).isGreaterThan(before);
        assertThat(store.status("birth-registration").orElseThrow().status()).isEqualTo("published");
        assertThat(store.liveEntries()).singleElement()
                .satisfies(e -> assertThat(e.examples()).containsExactly("khai sinh cho con"));
    }

    @Test
    void anOlderVersionCanBeMadeLiveAgain() {
        store.save(birth, 0, "an", "save");
        store.save(birth.withExamples(List.of("sai")), 1, "an", "save");
        store.publish("birth-registration", 2, "an");

        store.publish("birth-registration", 1, "bình");

        assertThat(store.liveEntries()).containsExactly(birth);
    }

    @Test
    void publishingAVersionThatDoesNotExistChangesNothing() {
        store.save(birth, 0, "an", "save");

        assertThat(store.publish("birth-registration", 7, "an")).isEmpty();
        assertThat(store.publish("no-such-entry", 1, "an")).isEmpty();
        assertThat(store.liveEntries()).isEmpty();
    }

    @Test
    void theAuditLogSaysWhoDidWhatNewestFirst() {
        store.save(birth, 0, "an", "save");
        store.publish("birth-registration", 1, "bình");

        assertThat(store.audit(10)).extracting(AuditRecord::who, AuditRecord::action, AuditRecord::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bình", "publish", 1),
                        org.assertj.core.groups.Tuple.tuple("an", "save", 1));
    }
}
