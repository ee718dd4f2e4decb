package vn.gialai.dvcbot.kb.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.store.EntryVersion;

class EntryEditingTests {

    private final EditingFixture kb = new EditingFixture();
    private final Entry live = EditingFixture.anyEntry();

    @Test
    void aSavedChangeIsADraftUntilPublishedAndPublishingAppliesItOnThisInstance() {
        Entry edited = live.withExamples(append(live.examples(), "hỏi thêm một câu mới"));

        EntryVersion saved = kb.editing.save(edited, 1, "bientap", "save");

        assertThat(saved.version()).isEqualTo(2);
        assertThat(kb.editing.require(live.id()).status().hasDraft()).isTrue();
        verify(kb.sync, never()).refresh();

        kb.editing.publish(live.id(), null, "bientap");

        assertThat(kb.editing.require(live.id()).status().liveVersion()).isEqualTo(2);
        verify(kb.sync).refresh();
    }

    @Test
    void anInvalidEntryIsRefusedWithItsProblemsAndNothingIsSaved() {
        Entry broken = EntryRulesTests.withReviewed(live, "hôm qua");

        assertThatThrownBy(() -> kb.editing.save(broken, 1, "bientap", "save"))
                .isInstanceOfSatisfying(EditingRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(EditingRefused.Reason.INVALID);
                    assertThat(e.problems()).extracting(p -> p.field()).contains("reviewed");
                });
        assertThat(kb.editing.versions(live.id())).hasSize(1);
    }

    @Test
    void restoringAnOldVersionMakesANewDraftWithItsContent() {
        kb.editing.save(live.withExamples(append(live.examples(), "câu thứ nhất")), 1, "bientap", "save");

        EntryVersion restored = kb.editing.restore(live.id(), 1, "bientap");

        assertThat(restored.version()).isEqualTo(3);
        assertThat(restored.entry()).isEqualTo(live);
        assertThat(kb.editing.require(live.id()).status().liveVersion()).isEqualTo(1);
    }

    @Test
    void reviewDatesAreJudgedByTheProvincesCalendarNotTheServers() {
        LocalDate utcToday = LocalDate.now(ZoneOffset.UTC);
        kb.clock.set(utcToday.atTime(20, 0).toInstant(ZoneOffset.UTC));
        LocalDate provinceToday = utcToday.plusDays(1);
        Entry reviewedToday = EntryRulesTests.withReviewed(live, provinceToday.toString());

        assertThat(kb.editing.today()).isEqualTo(provinceToday);
        assertThat(kb.editing.save(reviewedToday, 1, "bientap", "save").version()).isEqualTo(2);
    }

    @Test
    void aMissingEntryOrVersionIsNotFound() {
        assertThatThrownBy(() -> kb.editing.require("khong-co-muc-nay"))
                .isInstanceOfSatisfying(EditingRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(EditingRefused.Reason.NOT_FOUND));
        assertThatThrownBy(() -> kb.editing.version(live.id(), 9)).hasMessageContaining("không có phiên bản 9");
    }

    @Test
    void anExportTakesTheLiveVersionsUnlessDraftsAreAskedFor() {
        Entry edited = live.withExamples(append(live.examples(), "câu trong bản nháp"));
        kb.editing.save(edited, 1, "bientap", "save");

        assertThat(kb.editing.exportEntries(false)).contains(live).doesNotContain(edited);
        assertThat(kb.editing.exportEntries(true)).contains(edited).doesNotContain(live);
    }

    static List<String> append(List<String> list, String item) {
        List<String> longer = new java.util.ArrayList<>(list);
        longer.add(item);
        return longer;
    }
}
