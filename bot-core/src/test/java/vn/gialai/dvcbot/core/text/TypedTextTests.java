package vn.gialai.dvcbot.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedTextTests {

    @Test
    void nulControlAndBidiOverrideCharactersAreRemovedAndLineBreaksKept() {
        String typed = "làm\u0000 căn cước\u0007\r\nở đâu \u202Egnál\u202C\u2066x\u2069\uFEFF\u200F";

        assertThat(TypedText.clean(typed)).isEqualTo("làm căn cước\nở đâu gnálx");
    }

    @Test
    void tabsBecomeSpacesAndOtherLineSeparatorsBecomeLineFeeds() {
        assertThat(TypedText.clean("a\tb\u2028c\u0085d\re")).isEqualTo("a b\nc\nd\ne");
    }

    @Test
    void decomposedVietnameseIsComposed() {
        assertThat(TypedText.clean("e\u0302\u0301")).isEqualTo("ế");
    }

    @Test
    void emojiAndTheirJoinersAreKeptWhileLoneSurrogateHalvesGo() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";

        assertThat(TypedText.clean(family + "\uD83D")).isEqualTo(family);
    }

    @Test
    void oneThousandEmojiAreOneThousandCharacters() {
        String emoji = "😀".repeat(1000);

        assertThat(emoji.length()).isEqualTo(2000);
        assertThat(TypedText.length(emoji)).isEqualTo(1000);
        assertThat(TypedText.length("Đăng ký khai sinh")).isEqualTo(17);
    }

    @Test
    void truncatingNeverCutsAnEmojiInHalf() {
        assertThat(TypedText.truncate("ab😀😀", 3)).isEqualTo("ab😀");
        assertThat(TypedText.truncate("ab", 3)).isEqualTo("ab");
    }
}
