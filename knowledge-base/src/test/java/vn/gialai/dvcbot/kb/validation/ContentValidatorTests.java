package vn.gialai.dvcbot.kb.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.kb.content.Category;
import vn.gialai.dvcbot.kb.content.ContentProblem;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;

class ContentValidatorTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private final ContentValidator validator = new ContentValidator(TODAY);

    @Test
    void aCompleteProcedureHasNoProblems() {
        assertThat(validate(procedure("death-registration", "khai tử"))).isEmpty();
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        Entry noFees = with(procedure("death-registration", "khai tử"), e -> copy(e, Map.of("fees", "")));

        assertThat(validate(noFees)).containsExactly(
                new ContentProblem("ho-tich/death-registration.yaml", "fees", "còn thiếu"));
    }

    @Test
    void aHandoffEntryNeedsNoReplyAndOneWrittenThereIsReportedAsNeverShown() {
        Entry silent = new Entry("human-handoff", "handoff", null, "Gặp tình nguyện viên", null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null,
                examples("gặp người thật", 5), null);
        Entry withReply = new Entry("human-handoff", "handoff", null, "Gặp tình nguyện viên", null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null,
                examples("gặp người thật", 5), "Dạ, tôi chuyển bà con tới tình nguyện viên.");

        assertThat(validate(silent)).isEmpty();
        assertThat(validate(withReply)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("reply");
            assertThat(p.reason()).contains("handoff.queued");
        });
    }

    @Test
    void smalltalkNeedsAReplyButNoProcedureFields() {
        Entry thanks = new Entry("thanks", "smalltalk", null, "Cảm ơn", null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, examples("cảm ơn", 5), null);

        assertThat(validate(thanks)).extracting(ContentProblem::field).containsExactly("reply");
    }

    @Test
    void anUnknownKindIsReported() {
        Entry odd = with(procedure("death-registration", "khai tử"), e -> copy(e, Map.of("kind", "faq")));

        assertThat(validate(odd)).extracting(ContentProblem::field).contains("kind");
    }

    @Test
    void theIdMustEqualTheFileName() {
        Entry entry = procedure("death-registration", "khai tử");
        KnowledgeBaseContent content = content(List.of(entry), Map.of("death-registration", "ho-tich/khai-tu.yaml"));

        assertThat(validator.validate(content)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("ho-tich/khai-tu.yaml");
            assertThat(p.field()).isEqualTo("id");
            assertThat(p.reason()).contains("death-registration.yaml");
        });
    }

    @Test
    void relatedIdsMustExist() {
        Entry entry = with(procedure("death-registration", "khai tử"), e -> copy(e, Map.of("related", List.of("nope"))));

        assertThat(validate(entry)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("related");
            assertThat(p.reason()).contains("\"nope\"");
        });
    }

    @Test
    void malformedUrlsAreReported() {
        Entry entry = with(procedure("death-registration", "khai tử"), e -> copy(e, Map.of(
                "online", new Entry.Online("full", "dichvucong.gov.vn/khai-tu", List.of("Đăng nhập")),
                "sources", List.of(new Entry.Source("Nguồn", "https://exa mple.vn")))));

        assertThat(validate(entry)).extracting(ContentProblem::field)
                .containsExactlyInAnyOrder("online.url", "sources[0].url");
    }

    @Test
    void textNotInNfcIsReported() {
        String decomposed = Normalizer.normalize("Đăng ký khai tử", Normalizer.Form.NFD);
        Entry entry = with(procedure("death-registration", "khai tử"), e -> copy(e, Map.of("title", decomposed)));

        assertThat(validate(entry)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("title");
            assertThat(p.reason()).contains("NFC");
        });
    }

    @Test
    void anExampleSharedByTwoEntriesNamesBothFiles() {
        Entry death = procedure("death-registration", "khai tử");
        Entry birth = with(procedure("birth-registration", "khai sinh"), e -> {
            List<String> shared = new ArrayList<>(e.examples());
            shared.add("Câu hỏi khai tử số 3");
            return e.withExamples(shared);
        });

        List<ContentProblem> problems = validator.validate(content(List.of(death, birth), Map.of(
                "death-registration", "ho-tich/death-registration.yaml",
                "birth-registration", "ho-tich/birth-registration.yaml")));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("ho-tich/birth-registration.yaml");
            assertThat(p.reason()).contains("ho-tich/death-registration.yaml");
        });
    }

    @Test
    void aReviewedDateInTheFutureOrUnreadableIsReported() {
        Entry future = with(procedure("death-registration", "khai tử"), e -> copy(e, Map.of("reviewed", "2027-01-01")));
        Entry garbled = with(procedure("death-registration", "khai tử"), e -> copy(e, Map.of("reviewed", "28/11/2026")));

        assertThat(validate(future)).singleElement().satisfies(p -> assertThat(p.reason()).contains("tương lai"));
        assertThat(validate(garbled)).singleElement().satisfies(p -> assertThat(p.reason()).contains("YYYY-MM-DD"));
    }

    @Test
    void tooFewExamplesAreReported() {
        Entry few = procedure("death-registration", "khai tử").withExamples(examples("khai tử", 9));

        assertThat(validate(few)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("examples");
            assertThat(p.reason()).contains("ít nhất 10");
        });
    }

    @Test
    void theCategoryMustBeAMenuTopic() {
        Entry entry = with(procedure("death-registration", "khai tử"), e -> copy(e, Map.of("category", "dat-dai")));

        assertThat(validate(entry)).extracting(ContentProblem::field).containsExactly("category");
    }

    @Test
    void onlineAvailabilityMustBeKnown() {
        Entry entry = with(procedure("death-registration", "khai tử"), e -> copy(e, Map.of(
                "online", new Entry.Online("sometimes", "https://dichvucong.gov.vn", List.of()))));

        assertThat(validate(entry)).extracting(ContentProblem::field).containsExactly("online.availability");
    }

    @Test
    void aSummaryOfMoreThanThreeSentencesIsReported() {
        Entry entry = with(procedure("death-registration", "khai tử"), e -> copy(e, Map.of("summary",
                "Khai tử tại xã. Lệ phí 70.000 đồng trên dichvucong.gov.vn. Làm trong ngày. Mang căn cước.")));

        assertThat(validate(entry)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("summary");
            assertThat(p.reason()).startsWith("có 4 câu");
        });
    }

    @Test
    void aSectionLongerThanOnePhoneBubbleIsReported() {
        List<String> steps = IntStream.range(0, 8).mapToObj(i -> "Bước " + i + " " + "rất dài ".repeat(10)).toList();
        Entry entry = with(procedure("death-registration", "khai tử"), e -> copy(e, Map.of("steps", steps)));

        assertThat(validate(entry)).extracting(ContentProblem::field).containsExactly("steps");
    }

    @Test
    void anUnverifiedPointMustNameWordsThatStandInItsField() {
        Entry entry = with(procedure("death-registration", "khai tử"), e -> copy(e, Map.of("unverified", List.of(
                new Entry.Unverified("fees", "Miễn phí", "Cần đối chiếu Luật Hộ tịch."),
                new Entry.Unverified("steps", "không có dòng này", "Cần kiểm tra."),
                new Entry.Unverified("documents", null, "Dòng nào?"),
                new Entry.Unverified("colour", null, "Trường lạ."),
                Entry.Unverified.note("Câu hỏi còn mở, câu trả lời không nêu.")))));

        assertThat(validate(entry)).extracting(ContentProblem::field)
                .containsExactly("unverified[1].about", "unverified[2].about", "unverified[3].field");
    }

    @Test
    void twoEntriesStatingDifferentFeesForTheSameActAreReported() {
        Entry first = with(procedure("death-registration", "khai tử"), e -> copy(e, Map.of(
                "fees", "Cấp lại 70.000 đồng.", "fee_amounts", List.of(new Entry.FeeAmount("can-cuoc-cap-lai", 70_000L)))));
        Entry second = with(procedure("birth-registration", "khai sinh"), e -> copy(e, Map.of(
                "fees", "Cấp lại 50.000 đồng.", "fee_amounts", List.of(new Entry.FeeAmount("can-cuoc-cap-lai", 50_000L)))));

        List<ContentProblem> problems = validator.validate(content(List.of(first, second), Map.of(
                "death-registration", "ho-tich/death-registration.yaml",
                "birth-registration", "ho-tich/birth-registration.yaml")));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("ho-tich/birth-registration.yaml");
            assertThat(p.reason()).contains("50.000 đồng ở đây nhưng 70.000 đồng ở ho-tich/death-registration.yaml");
        });
    }

    @Test
    void aDeclaredFeeMustBeTheAmountTheFeesTextStates() {
        Entry entry = with(procedure("death-registration", "khai tử"), e -> copy(e, Map.of(
                "fees", "Cấp lại 70.000 đồng.", "fee_amounts", List.of(new Entry.FeeAmount("can-cuoc-cap-lai", 35_000L)))));

        assertThat(validate(entry)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("fee_amounts[0]");
            assertThat(p.reason()).contains("35.000 đồng");
        });
    }

    @Test
    void aFieldSwallowedByBrokenIndentationIsReported() {
        Entry entry = with(procedure("death-registration", "khai tử"), e -> copy(e, Map.of(
                "fees", "Miễn phí.fee_amounts: - act: khai-tu amount: 0")));

        assertThat(validate(entry)).extracting(ContentProblem::field, ContentProblem::reason).containsExactly(
                tuple("fees", "có chữ giống tên trường YAML (\"fee_amounts:\"): có thể "
                        + "thụt lề sai khiến trường sau bị dính vào nội dung này"));
    }

    @Test
    void theReviewDateIsRequired() {
        Entry entry = with(procedure("death-registration", "khai tử"), e -> copy(e, Map.of("reviewed", "")));

        assertThat(validate(entry)).extracting(ContentProblem::field).containsExactly("reviewed");
    }

    private List<ContentProblem> validate(Entry entry) {
        return validator.validate(content(List.of(entry), Map.of(entry.id(), "ho-tich/" + entry.id() + ".yaml")));
    }

    private static KnowledgeBaseContent content(List<Entry> entries, Map<String, String> files) {
        return new KnowledgeBaseContent(entries, List.of(new Category("ho-tich", "Hộ tịch")), List.of(), files);
    }

    static Entry procedure(String id, String topic) {
        return new Entry(id, "procedure", "ho-tich", "Đăng ký " + topic, List.of(), List.of(),
                "Tóm tắt.", "UBND xã", null, List.of("Tờ khai"), List.of("Nộp hồ sơ"), "Miễn phí", List.of(), "Trong ngày",
                new Entry.Online("partial", "https://dichvucong.gov.vn", List.of("Đăng nhập")), List.of(),
                List.of("Luật Hộ tịch 2014"), List.of(new Entry.Source("Nguồn", "https://dichvucong.gov.vn")),
                "2026-11-01", List.of(), List.of(), examples(topic, 12), null);
    }

    private static List<String> examples(String topic, int n) {
        return IntStream.range(0, n).mapToObj(i -> "Câu hỏi " + topic + " số " + i).toList();
    }

    private static Entry with(Entry entry, UnaryOperator<Entry> change) {
        return change.apply(entry);
    }

    /** A copy of the entry with some fields replaced, by their YAML names. */
    @SuppressWarnings("unchecked")
    private static Entry copy(Entry e, Map<String, Object> changes) {
        return new Entry(
                (String) changes.getOrDefault("id", e.id()),
                (String) changes.getOrDefault("kind", e.kind()),
                (String) changes.getOrDefault("category", e.category()),
                (String) changes.getOrDefault("title", e.title()),
                e.aliases(), e.keywords(), (String) changes.getOrDefault("summary", e.summary()), e.authority(),
                e.where(), e.documents(), (List<String>) changes.getOrDefault("steps", e.steps()),
                (String) changes.getOrDefault("fees", e.fees()),
                (List<Entry.FeeAmount>) changes.getOrDefault("fee_amounts", e.feeAmounts()), e.processingTime(),
                (Entry.Online) changes.getOrDefault("online", e.online()), e.details(), e.legalBasis(),
                (List<Entry.Source>) changes.getOrDefault("sources", e.sources()),
                (String) changes.getOrDefault("reviewed", e.reviewed()),
                (List<Entry.Unverified>) changes.getOrDefault("unverified", e.unverified()),
                (List<String>) changes.getOrDefault("related", e.related()), e.examples(), e.reply());
    }
}
