package vn.gialai.dvcbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.core.answers.AnswerEntry;
import vn.gialai.dvcbot.core.answers.AnswerEntry.Caveat;
import vn.gialai.dvcbot.core.answers.EntryKind;
import vn.gialai.dvcbot.core.testing.InMemoryAnswerCatalog;
import vn.gialai.dvcbot.core.texts.BotText;
import vn.gialai.dvcbot.core.texts.BotTexts;

class EntryRepliesTests {

    private final InMemoryAnswerCatalog catalog = new InMemoryAnswerCatalog().topic("ho-tich", "Hộ tịch");
    private final EntryReplies replies = new EntryReplies(catalog);

    @Test
    void anEntryWithNothingUnverifiedCarriesNoWarning() {
        AnswerEntry entry = InMemoryAnswerCatalog.procedure("id-card", "ho-tich", "Thẻ căn cước");

        assertThat(replies.summary(entry).text()).doesNotContain(CaveatMarks.MARK).doesNotContain("kiểm tra lại");
        for (Section section : Section.values()) {
            assertThat(replies.section(entry, section).text()).doesNotContain(CaveatMarks.MARK);
        }
    }

    @Test
    void anUnverifiedSentenceIsMarkedWhereItStandsAndOnlyItsSectionExplainsTheMark() {
        AnswerEntry entry = withCaveats(new AnswerEntry(
                "id-card", EntryKind.PROCEDURE, "ho-tich", "Thẻ căn cước", "Cấp lại 70.000 đồng.", "Công an xã", "", List.of("Thẻ cũ"),
                List.of("Mở VNeID.", "Chọn cấp lại thẻ, nhận qua bưu điện.", "Trả lệ phí."),
                "Cấp lại 70.000 đồng. Năm 2026 có thể còn giảm 50%, xem số tiền trên ứng dụng. Lần đầu miễn phí.",
                "7 ngày làm việc", null, List.of(), "", List.of(), null, List.of(), List.of()),
                new Caveat("fees", "giảm 50%"), new Caveat("steps", "bưu điện"));

        String fees = replies.section(entry, Section.FEES).text();
        String steps = replies.section(entry, Section.STEPS).text();

        assertThat(fees).contains("Năm 2026 có thể còn giảm 50%, xem số tiền trên ứng dụng (*). Lần đầu miễn phí.")
                .contains("Cấp lại 70.000 đồng. Năm").endsWith(BotTexts.DEFAULTS.get(BotText.UNVERIFIED_NOTE));
        assertThat(steps).contains("2. Chọn cấp lại thẻ, nhận qua bưu điện (*).").contains("1. Mở VNeID.\n")
                .endsWith(BotTexts.DEFAULTS.get(BotText.UNVERIFIED_NOTE));
        assertThat(replies.section(entry, Section.DOCUMENTS).text()).doesNotContain(CaveatMarks.MARK);
        assertThat(replies.summary(entry).text()).doesNotContain(CaveatMarks.MARK);
    }

    @Test
    void aFieldFlaggedWithoutWordsIsMarkedAtItsEnd() {
        AnswerEntry entry = withCaveats(InMemoryAnswerCatalog.procedure("id-card", "ho-tich", "Thẻ căn cước"),
                new Caveat("summary", ""));

        assertThat(replies.summary(entry).text()).contains("Tóm tắt Thẻ căn cước (*).")
                .contains(BotTexts.DEFAULTS.get(BotText.UNVERIFIED_NOTE));
    }

    private static AnswerEntry withCaveats(AnswerEntry e, Caveat... caveats) {
        return new AnswerEntry(e.id(), e.kind(), e.topicId(), e.title(), e.summary(), e.authority(), e.where(),
                e.documents(), e.steps(), e.fees(), e.processingTime(), e.online(), e.details(), e.reply(), e.sources(),
                e.reviewed(), List.of(caveats), e.related());
    }
}
