package vn.gialai.dvcbot.core.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.feedback.MissReason;
import vn.gialai.dvcbot.core.feedback.MissedGroup;
import vn.gialai.dvcbot.core.feedback.QuestionMissed;
import vn.gialai.dvcbot.core.testing.TestRedis;

class RedisMissedQuestionsIntegrationTests {

    private final String prefix = TestRedis.uniquePrefix();
    private final LettuceConnectionFactory factory = TestRedis.connectionFactory();
    private final StringRedisTemplate redis = TestRedis.template(factory);
    private final RedisMissedQuestions inbox = new RedisMissedQuestions(redis, new RedisKeys(prefix));
    private final Instant now = Instant.parse("2026-11-28T09:00:00Z");

    @AfterEach
    void cleanUp() {
        TestRedis.deleteKeys(redis, prefix);
        factory.destroy();
    }

    @Test
    void theSameQuestionIsCountedOnceWithEveryReason() {
        inbox.record(new QuestionMissed("Xin giấy phép karaoke", MissReason.FALLBACK, null, now));
        inbox.record(new QuestionMissed("xin giay phep karaoke!", MissReason.HANDOFF, null, now.plusSeconds(60)));

        assertThat(inbox.groups()).singleElement().satisfies(group -> {
            assertThat(group.count()).isEqualTo(2);
            assertThat(group.text()).isEqualTo("Xin giấy phép karaoke");
            assertThat(group.lastSeen()).isEqualTo(now.plusSeconds(60));
            assertThat(group.questions().get(0).reasons())
                    .containsEntry(MissReason.FALLBACK, 1L).containsEntry(MissReason.HANDOFF, 1L);
        });
    }

    @Test
    void personalDataIsMaskedBeforeItIsStored() {
        inbox.record(new QuestionMissed("tên tôi là Lê Văn Tám, sđt 0912345678, hỏi đổi cccd 052093001234",
                MissReason.FALLBACK, null, now));

        String stored = String.join(" ", redis.keys(prefix + "*").stream()
                .filter(k -> redis.type(k).code().equals("hash"))
                .map(k -> String.valueOf(redis.opsForHash().get(k, "text"))).toList());
        assertThat(stored).contains("[tên]", "[số điện thoại]", "[số giấy tờ]")
                .doesNotContain("Tám", "0912345678", "052093001234");
    }

    @Test
    void resolvingAGroupTakesAllItsQuestionsOutOfTheInbox() {
        inbox.record(new QuestionMissed("xin giấy phép karaoke", MissReason.FALLBACK, null, now));
        inbox.record(new QuestionMissed("xin giấy phép karaoke ở đâu", MissReason.FALLBACK, null, now));
        inbox.record(new QuestionMissed("đổi bằng lái quốc tế", MissReason.RATED_UNHELPFUL, "driver-license", now));

        MissedGroup karaoke = inbox.groups().stream().filter(g -> g.text().contains("karaoke")).findFirst().orElseThrow();
        inbox.resolve(karaoke);

        assertThat(inbox.groups()).singleElement().satisfies(g -> {
            assertThat(g.text()).isEqualTo("đổi bằng lái quốc tế");
            assertThat(g.questions().get(0).lastEntryId()).isEqualTo("driver-license");
        });
    }

    @Test
    void questionsExpireAfterTheRetentionPeriod() {
        inbox.record(new QuestionMissed("xin giấy phép karaoke", MissReason.FALLBACK, null, now));

        String key = redis.keys(prefix + "missed:*q:*").iterator().next();
        assertThat(redis.getExpire(key)).isPositive();
    }

    @Test
    void questionsWithoutWordsAreNotKept() {
        inbox.record(new QuestionMissed("?!… 😀", MissReason.FALLBACK, null, now));

        assertThat(inbox.groups()).isEmpty();
    }
}
