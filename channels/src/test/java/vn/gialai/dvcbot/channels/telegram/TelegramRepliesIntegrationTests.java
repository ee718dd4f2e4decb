package vn.gialai.dvcbot.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.message.Choice;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.redis.RedisKeys;
import vn.gialai.dvcbot.core.testing.TestRedis;

class TelegramRepliesIntegrationTests {

    private final String prefix = TestRedis.uniquePrefix();
    private final LettuceConnectionFactory factory = TestRedis.connectionFactory();
    private final StringRedisTemplate redis = TestRedis.template(factory);
    private final TelegramReplies replies = new TelegramReplies(new RedisTelegramStore(redis, new RedisKeys(prefix)));

    @AfterEach
    void cleanUp() {
        TestRedis.deleteKeys(redis, prefix);
        factory.destroy();
    }

    @Test
    void choicesBecomeOneButtonPerRowUnderTheText() {
        List<TelegramReplies.Outgoing> parts = replies.render(Reply.info("Bà con chọn:",
                List.of(new Choice("menu", "Về danh sách chủ đề"), new Choice("handoff", "Gặp tình nguyện viên"))));

        assertThat(parts).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("Bà con chọn:");
            assertThat(p.keyboard()).extracting(row -> row.get(0).data()).containsExactly("menu", "handoff");
        });
    }

    @Test
    void textLongerThanTelegramTakesIsSplitAndTheButtonsGoUnderTheLastPart() {
        String paragraph = "Bước làm giấy tờ rất dài, bà con đọc kỹ nhé. ".repeat(40);
        String text = String.join("\n\n", java.util.Collections.nCopies(5, paragraph));

        List<TelegramReplies.Outgoing> parts = replies.render(Reply.info(text, List.of(new Choice("menu", "Menu"))));

        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts).allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(4096));
        assertThat(parts.subList(0, parts.size() - 1)).allSatisfy(p -> assertThat(p.keyboard()).isEmpty());
        assertThat(parts.get(parts.size() - 1).keyboard()).hasSize(1);
    }

    @Test
    void aChoiceIdLongerThan64BytesTravelsAsAStoredHash() {
        String longId = "section:đăng-ký-thường-trú-cho-người-chưa-thành-niên-ở-xã-ia-grai:documents";

        String data = replies.data(longId);

        assertThat(data.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
        assertThat(data).startsWith("h:");
        assertThat(replies.choiceOf(data)).contains(longId);
        assertThat(replies.choiceOf("h:unknown")).isEmpty();
    }

    @Test
    void anEmptyReplySendsNothing() {
        assertThat(replies.render(Reply.info(""))).isEmpty();
    }
}
