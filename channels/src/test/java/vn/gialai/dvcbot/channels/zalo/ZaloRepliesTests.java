package vn.gialai.dvcbot.channels.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;
import vn.gialai.dvcbot.core.message.Choice;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.texts.BotText;
import vn.gialai.dvcbot.core.texts.BotTexts;

/** How replies become consultation message bodies. */
class ZaloRepliesTests {

    private final ZaloReplies replies = new ZaloReplies(ZaloFixtures.JSON);
    private final Reply withChoices = Reply.info("Bà con chọn một chủ đề:",
            List.of(new Choice("topic:ho-tich", "Hộ tịch"), new Choice("handoff", "Gặp tình nguyện viên")));

    @Test
    void choicesBecomeNumberedLinesTheCitizenAnswersWithADigit() {
        List<ObjectNode> bodies = replies.render("123", withChoices, false);

        assertThat(bodies).singleElement().satisfies(body -> {
            assertThat(body.path("recipient").path("user_id").asString()).isEqualTo("123");
            assertThat(body.path("message").path("text").asString()).isEqualTo(
                    "Bà con chọn một chủ đề:\n\n1. Hộ tịch\n2. Gặp tình nguyện viên\n" + BotTexts.DEFAULTS.get(BotText.PICK_BY_NUMBER));
            assertThat(body.path("message").has("attachment")).isFalse();
        });
    }

    @Test
    void withButtonsOnChoicesAreHiddenQueryButtonsCarryingTheChoiceId() {
        ObjectNode body = replies.render("123", withChoices, true).get(0);

        assertThat(body.path("message").path("text").asString()).isEqualTo("Bà con chọn một chủ đề:");
        var buttons = body.path("message").path("attachment").path("payload").path("buttons");
        assertThat(buttons).hasSize(2);
        assertThat(buttons.get(0).path("title").asString()).isEqualTo("1. Hộ tịch");
        assertThat(buttons.get(0).path("type").asString()).isEqualTo("oa.query.hide");
        assertThat(ZaloReplies.choiceIdOf(buttons.get(1).path("payload").asString())).isEqualTo("handoff");
    }

    @Test
    void moreThanFiveChoicesStayNumberedLinesEvenWithButtonsOn() {
        List<Choice> many = java.util.stream.IntStream.rangeClosed(1, 6)
                .mapToObj(i -> new Choice("entry:e" + i, "Mục " + i)).toList();

        ObjectNode body = replies.render("123", Reply.info("Chọn:", many), true).get(0);

        assertThat(body.path("message").has("attachment")).isFalse();
        assertThat(body.path("message").path("text").asString()).contains("6. Mục 6");
    }

    @Test
    void textIsSplitAt2000CharactersWithTheChoicesOnTheLastPart() {
        String longText = "Giấy tờ cần mang theo khi đi làm thủ tục tại bộ phận một cửa. ".repeat(60);

        List<ObjectNode> bodies = replies.render("123", withChoices.withText(longText), false);

        assertThat(bodies).hasSizeGreaterThan(1)
                .allSatisfy(b -> assertThat(b.path("message").path("text").asString().length()).isLessThanOrEqualTo(2000));
        assertThat(bodies.get(bodies.size() - 1).path("message").path("text").asString()).endsWith(BotTexts.DEFAULTS.get(BotText.PICK_BY_NUMBER));
        assertThat(bodies.get(0).path("message").path("text").asString()).doesNotContain("1. Hộ tịch");
    }

    @Test
    void anEmptyReplyWithoutChoicesSendsNothing() {
        assertThat(replies.render("123", Reply.info("   "), false)).isEmpty();
    }

    @Test
    void ordinaryTextIsNotTakenForAButtonPayload() {
        assertThat(ZaloReplies.choiceIdOf("#dvc:entry:birth-registration")).isEqualTo("entry:birth-registration");
        assertThat(ZaloReplies.choiceIdOf("dvc là gì")).isNull();
        assertThat(ZaloReplies.choiceIdOf("#dvc:")).isNull();
    }

    @Test
    void theHintUnderNumberedChoicesIsTheEditorsWording() {
        ZaloReplies edited = new ZaloReplies(ZaloFixtures.JSON,
                () -> BotTexts.of(java.util.Map.of("channel.pick-by-number", "Bà con gõ 1, 2… để chọn ạ.")));

        List<ObjectNode> bodies = edited.render("u1", Reply.info("Chọn:", List.of(new Choice("menu", "Chủ đề"))), false);

        assertThat(bodies.get(0).path("message").path("text").asString()).isEqualTo("Chọn:\n\n1. Chủ đề\nBà con gõ 1, 2… để chọn ạ.");
    }
}
