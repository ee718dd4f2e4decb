package vn.gialai.dvcbot.kb.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gialai.dvcbot.core.answers.MatchResult;
import vn.gialai.dvcbot.core.answers.MatchResult.Decision;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;

/** The matcher over the bundled knowledge base, with questions written for these tests. */
class BlendedMatcherTests {

    private static QuestionMatcher matcher;

    @BeforeAll
    static void train() {
        matcher = BlendedMatcher.factory(MatchingSettings.DEFAULTS).build(new ContentLoader().loadBundled().content());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "😀😀🙏", "\u0000\u0007\u001b[31m", "漢字とカタカナ Кириллица",
            "?!?!...,,,", "\uD83D"})
    void badInputFallsBackWithoutAnException(String question) {
        assertThat(matcher.match(question).decision()).isEqualTo(Decision.FALLBACK);
    }

    @Test
    void twoThousandCharactersOfJunkFallBack() {
        StringBuilder junk = new StringBuilder();
        for (int i = 0; junk.length() < 2_000; i++) {
            junk.append((char) ('a' + (i * 7919) % 26)).append(i % 5 == 0 ? " " : "");
        }
        MatchResult result = matcher.match(junk.toString());
        assertThat(result.decision()).isEqualTo(Decision.FALLBACK);
        assertThat(matcher.match(null).decision()).isEqualTo(Decision.FALLBACK);
    }

    @Test
    void scoresAreCalibratedBetweenZeroAndOneBestFirstAtMostFive() {
        MatchResult result = matcher.match("xin giấy phép xây nhà ở thôn");
        assertThat(result.top()).hasSizeLessThanOrEqualTo(5).allSatisfy(s -> assertThat(s.score()).isBetween(0.0, 1.0));
        assertThat(result.top()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void greetingsThanksAndAskingForAPersonAreRecognised() {
        assertThat(answer("chào bot nha")).isEqualTo("greeting");
        assertThat(answer("cam on nhieu nhe")).isEqualTo("thanks");
        assertThat(answer("cho tôi nói chuyện với người thật đi")).isEqualTo("human-handoff");
    }

    @Test
    void abbreviationsNoDiacriticsAndCentralDialectAreUnderstood() {
        assertThat(answer("lam lai cccd bi mat o dau")).isEqualTo("id-card");
        assertThat(answer("đk kết hôn cần mang chi rứa")).isEqualTo("marriage-registration");
        assertThat(answer("xin bhyt cho con nho duoi 6 tuoi")).isEqualTo("child-health-insurance");
    }

    @Test
    void aTypoInAWordTheKnowledgeBaseKnowsIsCorrected() {
        assertThat(answer("đăng ký thường trús cần giấy tờ gì")).isEqualTo("permanent-residence");
    }

    @Test
    void offTopicQuestionsFallBack() {
        assertThat(matcher.match("giá lúa gạo hôm nay ở chợ bao nhiêu").decision()).isEqualTo(Decision.FALLBACK);
        assertThat(matcher.match("ket qua xo so mien trung hom qua").decision()).isEqualTo(Decision.FALLBACK);
    }

    @Test
    void aBareTopicWordClarifiesBetweenCloseEntriesInsteadOfGuessing() {
        MatchResult result = matcher.match("khai sinh");
        assertThat(result.decision()).as(result.toString()).isEqualTo(Decision.CLARIFY);
        assertThat(result.choices()).hasSizeBetween(2, 3).contains("birth-registration");
    }

    @Test
    void aLoneCandidateBelowTheAnswerThresholdIsOfferedForConfirmation() {
        QuestionMatcher unsure = BlendedMatcher.factory(new MatchingSettings(0.99, 0.05, 0.0, 3, 40, null))
                .build(new ContentLoader().loadBundled().content());

        MatchResult result = unsure.match("muốn làm thẻ căn cước thì đi đâu");

        assertThat(result.decision()).isEqualTo(Decision.CLARIFY);
        assertThat(result.confirmation()).isTrue();
        assertThat(result.choices()).containsExactly("id-card");
    }

    @Test
    void outOfScopeIsScoredLikeAnEntryAndSaysSo() {
        MatchResult result = matcher.match("tỷ giá đô la mỹ hôm nay bao nhiêu");

        assertThat(result.decision()).isEqualTo(Decision.FALLBACK);
        assertThat(result.outOfScope()).isTrue();
    }

    @Test
    void aGreetingAroundARequestDoesNotOutvoteIt() {
        assertThat(answer("Dạ cháu chào cô chú ạ, cho cháu hỏi thăm là làm căn cước cho con ở đâu ạ"))
                .isEqualTo("id-card");
    }

    @Test
    void aStoryBeforeTheRequestDoesNotOutvoteIt() {
        MatchResult result = matcher.match("Chào anh chị, nhà tôi ở thôn Đoàn Kết, năm ngoái lũ lớn cuốn trôi "
                + "hết đồ đạc trong nhà, cả cuốn sổ đỏ cũng mất luôn, giờ tôi muốn xin cấp lại thì làm thế nào");

        assertThat(result.decision()).isNotEqualTo(Decision.FALLBACK);
        assertThat(result.decision() == Decision.ANSWER ? List.of(result.bestId()) : result.choices())
                .contains("land-certificate-reissue");
    }

    @Test
    void wordsTypedTogetherAndLeakedTelexKeysAreCorrected() {
        assertThat(answer("thủ tục lam cancuoc gắn chip")).isEqualTo("id-card");
        assertThat(answer("đăng ký kết hôn cần giâys tờ gì")).isEqualTo("marriage-registration");
    }

    @Test
    void contentWithoutEntriesAlwaysFallsBack() {
        QuestionMatcher empty = BlendedMatcher.factory(MatchingSettings.DEFAULTS)
                .build(new KnowledgeBaseContent(List.of(), List.of(), List.of("giá vàng"), Map.of()));
        assertThat(empty.match("khai sinh").decision()).isEqualTo(Decision.FALLBACK);
    }

    @Test
    void aSingleEntryCanStillBeMatched() {
        Entry only = new ContentLoader().loadBundled().content().entry("death-registration").orElseThrow();
        QuestionMatcher one = BlendedMatcher.factory(MatchingSettings.DEFAULTS)
                .build(new KnowledgeBaseContent(List.of(only), List.of(), List.of(), Map.of()));
        assertThat(one.match("đăng ký khai tử cho ông").bestId()).isEqualTo("death-registration");
    }

    @Test
    void inconsistentSettingsAreRejectedWithAClearMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MatchingSettings(0.2, 0.5, 0.1, 3, 40, null))
                .withMessageContaining("dvc.matching");
    }

    private static String answer(String question) {
        MatchResult result = matcher.match(question);
        assertThat(result.decision()).as(question + " -> " + result).isEqualTo(Decision.ANSWER);
        return result.bestId();
    }
}
