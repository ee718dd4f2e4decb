package vn.gialai.dvcbot.kb.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.kb.content.Entry;

class ImportPlanningTests {

    private final EditingFixture kb = new EditingFixture();
    private final Entry live = EditingFixture.anyEntry();

    @Test
    void aSheetAddsOnlyQuestionsTheEntryDoesNotHaveYet() {
        ImportPlanning.Plan plan = kb.planning.planExamples(List.of(
                new ExamplePair(2, live.examples().get(0).toUpperCase(), live.id()),
                new ExamplePair(3, "câu hỏi mới từ bảng tính", live.id()),
                new ExamplePair(4, "câu hỏi mới từ bảng tính", live.id())));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo("changed");
            assertThat(change.entry().examples()).hasSize(live.examples().size() + 1);
            assertThat(change.changedLines()).extracting(LineDiff.Line::text)
                    .anyMatch(line -> line.contains("câu hỏi mới từ bảng tính"));
        });
    }

    @Test
    void anUnknownEntryIsAProblemAndAPlanWithProblemsIsNotApplied() {
        ImportPlanning.Plan plan = kb.planning.planExamples(List.of(
                new ExamplePair(2, "câu hỏi", "khong-co-muc-nay")));

        assertThat(plan.problems()).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo("dòng 2"));
        assertThatThrownBy(() -> kb.planning.apply(plan, "bientap")).isInstanceOf(EditingRefused.class);
    }

    @Test
    void anExportedArchiveReadsBackUnchangedAndApplyingItSavesNothing() {
        byte[] zip = kb.editing.exportArchive(false);

        ImportPlanning.Plan plan = kb.planning.planArchive(zip);

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.changed()).isZero();
        assertThat(kb.planning.apply(plan, "bientap")).isEmpty();
    }

    @Test
    void appliedChangesBecomeDraftsOnTopOfTheVersionTheyWerePlannedAgainst() {
        ImportPlanning.Plan plan = kb.planning.planExamples(List.of(new ExamplePair(1, "thêm câu này", live.id())));

        assertThat(kb.planning.apply(plan, "bientap")).singleElement()
                .satisfies(v -> assertThat(v.version()).isEqualTo(2));
        assertThat(kb.editing.require(live.id()).status().liveVersion()).isEqualTo(1);
    }
}
