package vn.gialai.dvcbot.kb.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.core.feedback.MissReason;
import vn.gialai.dvcbot.core.feedback.MissedGroup;
import vn.gialai.dvcbot.core.feedback.MissedQuestion;
import vn.gialai.dvcbot.kb.content.Entry;

class MissedInboxTests {

    private static final Instant NOW = Instant.now();

    private final EditingFixture kb = new EditingFixture();
    private final Entry live = EditingFixture.anyEntry();

    @Test
    void attachingAGroupAddsItsNewQuestionsAsExamplesOnceAndEmptiesTheGroup() {
        String known = live.examples().get(0);
        kb.missed.groups.add(group("g1", "  " + known.toUpperCase() + " ", "một câu hoàn toàn mới"));

        var saved = kb.inbox.attach("g1", live.id(), "bientap");

        assertThat(saved.entry().examples()).hasSize(live.examples().size() + 1).endsWith("một câu hoàn toàn mới");
        assertThat(kb.inbox.groups()).isEmpty();
    }

    @Test
    void aDismissedGroupLeavesTheInboxAndTheAuditSaysWho() {
        kb.missed.groups.add(group("g2", "hỏi linh tinh"));

        kb.inbox.dismiss("g2", "bientap");

        assertThat(kb.inbox.groups()).isEmpty();
        assertThat(kb.editing.audit(1)).singleElement()
                .satisfies(r -> assertThat(r.who() + " " + r.action()).isEqualTo("bientap dismiss"));
    }

    @Test
    void aGroupAlreadyHandledIsNotFoundAndResolvingItAgainDoesNothing() {
        assertThatThrownBy(() -> kb.inbox.attach("gone", live.id(), "bientap"))
                .isInstanceOfSatisfying(EditingRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(EditingRefused.Reason.NOT_FOUND));

        kb.inbox.resolve("gone");

        assertThat(kb.inbox.groups()).isEmpty();
    }

    private static MissedGroup group(String id, String... questions) {
        List<MissedQuestion> asked = java.util.Arrays.stream(questions).map(q -> new MissedQuestion(id + q.length(), q,
                1, Map.of(MissReason.FALLBACK, 1L), null, NOW, NOW)).toList();
        return new MissedGroup(id, questions[0], questions.length, NOW, asked);
    }
}
