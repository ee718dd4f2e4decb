package vn.gialai.dvcbot.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MissedGroupsTests {

    private static MissedQuestion question(String id, String text, long count) {
        Instant at = Instant.parse("2026-11-01T08:00:00Z").plusSeconds(count);
        return new MissedQuestion(id, text, count, Map.of(MissReason.FALLBACK, count), null, at, at);
    }

    @Test
    void theSameNeedInOtherWordsAndWithoutAccentsIsOneGroup() {
        List<MissedGroup> groups = MissedGroups.group(List.of(
                question("a", "xin giấy phép karaoke", 3),
                question("b", "xin giay phep karaoke o dau", 2),
                question("c", "giấy phép kinh doanh karaoke", 1),
                question("d", "đổi bằng lái xe quốc tế", 4)));

        assertThat(groups).extracting(MissedGroup::text, MissedGroup::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("xin giấy phép karaoke", 6L),
                org.assertj.core.groups.Tuple.tuple("đổi bằng lái xe quốc tế", 4L));
        assertThat(groups.get(0).questions()).extracting(MissedQuestion::id).containsExactly("a", "b", "c");
    }

    @Test
    void theMostAskedQuestionLeadsSoTheGroupKeepsItsId() {
        List<MissedGroup> groups = MissedGroups.group(List.of(
                question("rare", "xin giấy phép karaoke ở đâu", 1),
                question("often", "xin giấy phép karaoke", 5)));

        assertThat(groups).singleElement().satisfies(g -> assertThat(g.id()).isEqualTo("often"));
    }

    @Test
    void fillerWordsDoNotJoinDifferentNeeds() {
        List<MissedGroup> groups = MissedGroups.group(List.of(
                question("a", "cho em hỏi làm sao để đăng ký nuôi con nuôi ạ", 1),
                question("b", "cho em hỏi làm sao để xin trợ cấp lũ lụt ạ", 1)));

        assertThat(groups).hasSize(2);
    }

    @Test
    void groupsShowTheLastTimeAnyOfTheirQuestionsWasAsked() {
        MissedQuestion older = question("a", "xin giấy phép karaoke", 3);
        MissedQuestion newer = new MissedQuestion("b", "xin giay phep karaoke", 1, Map.of(), null,
                Instant.parse("2026-11-20T00:00:00Z"), Instant.parse("2026-11-20T00:00:00Z"));

        assertThat(MissedGroups.group(List.of(older, newer))).singleElement()
                .satisfies(g -> assertThat(g.lastSeen()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z")));
    }
}
