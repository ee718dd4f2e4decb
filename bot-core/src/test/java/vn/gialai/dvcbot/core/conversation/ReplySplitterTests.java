package vn.gialai.dvcbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.core.message.Choice;
import vn.gialai.dvcbot.core.message.Reply;

class ReplySplitterTests {

    private final ReplySplitter splitter = new ReplySplitter(200);

    @Test
    void aShortReplyStaysWhole() {
        Reply reply = Reply.info("Ngắn gọn.", List.of(new Choice("menu", "Menu")));

        assertThat(splitter.split(reply)).containsExactly(reply);
    }

    @Test
    void aLongReplyIsSplitAtParagraphsAndKeepsChoicesOnTheLastPart() {
        String paragraph = "Bà con mang theo căn cước và tờ khai. ".repeat(3).strip();
        String text = String.join("\n\n", paragraph, paragraph, paragraph, paragraph);
        Reply reply = Reply.info(text, List.of(new Choice("menu", "Menu")));

        List<Reply> parts = splitter.split(reply);

        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts).allSatisfy(part -> assertThat(part.text().length()).isLessThanOrEqualTo(200));
        assertThat(parts).allSatisfy(part -> assertThat(part.text()).endsWith("tờ khai."));
        assertThat(parts.subList(0, parts.size() - 1)).allSatisfy(part -> assertThat(part.choices()).isEmpty());
        assertThat(parts.get(parts.size() - 1).choices()).hasSize(1);
        assertThat(String.join(" ", parts.stream().map(Reply::text).toList()).replace("\n\n", " "))
                .isEqualTo(text.replace("\n\n", " "));
    }

    @Test
    void textWithoutBreaksIsCutAtTheLimit() {
        String text = "x".repeat(450);

        List<String> parts = splitter.splitText(text);

        assertThat(parts).extracting(String::length).containsExactly(200, 200, 50);
    }

    @Test
    void aLimitTooSmallToReadIsRefused() {
        assertThatThrownBy(() -> new ReplySplitter(10)).isInstanceOf(IllegalArgumentException.class);
    }
}
