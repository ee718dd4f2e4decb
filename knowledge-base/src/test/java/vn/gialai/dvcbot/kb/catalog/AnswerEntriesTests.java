package vn.gialai.dvcbot.kb.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.core.answers.AnswerEntry.Availability;
import vn.gialai.dvcbot.core.answers.AnswerEntry;
import vn.gialai.dvcbot.core.answers.EntryKind;
import vn.gialai.dvcbot.kb.content.Entry;

/** The documented mapping between the stored entry and the served one (see {@link AnswerEntries}). */
class AnswerEntriesTests {

    /** Served fields whose stored field has another name. */
    private static final Map<String, String> RENAMED = Map.of("topicId", "category");

    @Test
    void everyStoredFieldIsServedOrDeclaredStoredOnly() {
        Set<String> stored = names(Entry.class);
        Set<String> served = names(AnswerEntry.class).stream().map(n -> RENAMED.getOrDefault(n, n))
                .collect(Collectors.toSet());

        assertThat(stored).as("fields of Entry that are neither served nor in AnswerEntries.STORED_ONLY")
                .allMatch(f -> served.contains(f) || AnswerEntries.STORED_ONLY.contains(f));
        assertThat(served).as("fields of AnswerEntry with no stored field to come from").isSubsetOf(stored);
        assertThat(AnswerEntries.STORED_ONLY).as("fields declared stored-only that are served after all")
                .doesNotContainAnyElementsOf(served).isSubsetOf(stored);
    }

    @Test
    void aStoredEntryIsServedWithTypedValuesAndOnlyItsShownCaveats() {
        Entry stored = new Entry("khai-sinh", "procedure", "ho-tich", "Đăng ký khai sinh", List.of("làm giấy khai sinh"),
                List.of("khai sinh"), " Tóm tắt. ", "UBND xã", "Bộ phận một cửa", List.of("Tờ khai"), List.of("Nộp hồ sơ"),
                "Miễn phí", List.of(), "Trong ngày", new Entry.Online("full", "https://dichvucong.gov.vn", List.of("Đăng nhập")),
                List.of("Chi tiết"), List.of("Luật Hộ tịch"), List.of(new Entry.Source("Cổng DVC", "https://dvc")),
                "2026-01-15", List.of(new Entry.Unverified("fees", "Miễn phí", null), Entry.Unverified.note("hỏi lại xã")),
                List.of("khai-tu"), List.of("làm khai sinh ở đâu"), null);

        AnswerEntry served = AnswerEntries.of(stored);

        assertThat(served.kind()).isEqualTo(EntryKind.PROCEDURE);
        assertThat(served.topicId()).isEqualTo("ho-tich");
        assertThat(served.summary()).isEqualTo("Tóm tắt.");
        assertThat(served.online().availability()).isEqualTo(Availability.FULL);
        assertThat(served.reviewed()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(served.unverified()).containsExactly(new AnswerEntry.Caveat("fees", "Miễn phí"));
        assertThat(served.sources()).containsExactly(new AnswerEntry.Source("Cổng DVC", "https://dvc"));
        assertThat(served.reply()).isEmpty();
    }

    @Test
    void unreadableStoredValuesFallBackInsteadOfFailing() {
        Entry odd = new Entry("x", "recipe", null, "X", null, null, null, null, null, null, null, null, null, null,
                new Entry.Online("sometimes", null, null), null, null, null, "15/01/2026", null, null, null, null);

        AnswerEntry served = AnswerEntries.of(odd);

        assertThat(served.kind()).isEqualTo(EntryKind.INFO);
        assertThat(served.online().availability()).isEqualTo(Availability.NONE);
        assertThat(served.reviewed()).isNull();
        assertThat(served.documents()).isEmpty();
    }

    private static Set<String> names(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
    }
}
