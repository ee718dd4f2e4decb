package vn.gialai.dvcbot.kb.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;

class EntryRulesTests {

    private static final KnowledgeBaseContent LIVE = EditingFixture.BUNDLED;

    @Test
    void questionsThatDifferOnlyInCaseSpacingAndUnicodeFormAreTheSame() {
        String composed = "Làm căn cước ở đâu";
        String decomposed = java.text.Normalizer.normalize("làm  CĂN cước ở đâu ", java.text.Normalizer.Form.NFD);

        assertThat(EntryRules.sameQuestion(composed, decomposed)).isTrue();
        assertThat(EntryRules.sameQuestion("làm căn cước", "làm căn cuoc")).isFalse();
    }

    @Test
    void anIdIsLowerCaseWordsJoinedByHyphens() {
        EntryRules.requireId("giay-phep-karaoke");

        assertThatThrownBy(() -> EntryRules.requireId("Giấy phép")).isInstanceOf(EditingRefused.class)
                .extracting(e -> ((EditingRefused) e).reason()).isEqualTo(EditingRefused.Reason.BAD_REQUEST);
        assertThatThrownBy(() -> EntryRules.requireId("-karaoke")).isInstanceOf(EditingRefused.class);
    }

    @Test
    void anEditedEntryReplacesItsLiveVersionAndANewOneIsAddedWithAFile() {
        Entry live = EditingFixture.anyEntry();
        Entry edited = live.withExamples(java.util.List.of("một câu mới"));
        Entry added = withId(live, "muc-moi-hoan-toan");

        KnowledgeBaseContent replaced = EntryRules.withEntry(LIVE, edited);
        KnowledgeBaseContent extended = EntryRules.withEntry(LIVE, added);

        assertThat(replaced.entries()).hasSameSizeAs(LIVE.entries()).contains(edited).doesNotContain(live);
        assertThat(extended.entries()).hasSize(LIVE.entries().size() + 1);
        assertThat(extended.files()).containsEntry("muc-moi-hoan-toan",
                live.category() + "/muc-moi-hoan-toan.yaml");
    }

    @Test
    void aReviewDateIsJudgedByTheDayGiven() {
        Entry reviewedToday = withReviewed(EditingFixture.anyEntry(), "2026-03-02");

        assertThat(EntryRules.problemsOf(LIVE, reviewedToday, LocalDate.parse("2026-03-02"))).isEmpty();
        assertThat(EntryRules.problemsOf(LIVE, reviewedToday, LocalDate.parse("2026-03-01")))
                .extracting(p -> p.field()).contains("reviewed");
    }

    static Entry withId(Entry e, String id) {
        return new Entry(id, e.kind(), e.category(), e.title() + " (bản sao)", e.aliases(), e.keywords(), e.summary(),
                e.authority(), e.where(), e.documents(), e.steps(), e.fees(), e.feeAmounts(), e.processingTime(),
                e.online(), e.details(), e.legalBasis(), e.sources(), e.reviewed(), e.unverified(), e.related(),
                java.util.List.of(), e.reply());
    }

    static Entry withReviewed(Entry e, String reviewed) {
        return new Entry(e.id(), e.kind(), e.category(), e.title(), e.aliases(), e.keywords(), e.summary(),
                e.authority(), e.where(), e.documents(), e.steps(), e.fees(), e.feeAmounts(), e.processingTime(),
                e.online(), e.details(), e.legalBasis(), e.sources(), reviewed, e.unverified(), e.related(),
                e.examples(), e.reply());
    }
}
