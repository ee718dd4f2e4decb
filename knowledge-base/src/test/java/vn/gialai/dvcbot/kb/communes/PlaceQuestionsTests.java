package vn.gialai.dvcbot.kb.communes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.core.places.PlaceChoice;
import vn.gialai.dvcbot.core.places.PlaceReply;
import vn.gialai.dvcbot.core.text.VietnameseFolding;

class PlaceQuestionsTests {

    private static final CommuneDirectory DIRECTORY = new CommuneDirectory(Communes.bundled(),
            new CommuneDataLoader(Communes.bundled()).loadBundled().data());
    private final PlaceQuestions places = new PlaceQuestions(DIRECTORY, () -> TeamSessions.NONE);

    static Stream<FormerUnit> rows() {
        return DIRECTORY.communes().stream().flatMap(c -> DIRECTORY.formerUnits(c.code()).stream());
    }

    @ParameterizedTest
    @MethodSource("rows")
    void everyOldUnitIsFoundFromItsOwnName(FormerUnit row) {
        assertLeadsTo(row, row.name() + " giờ là xã nào");
    }

    @ParameterizedTest
    @MethodSource("rows")
    void everyOldUnitIsFoundFromItsNameWithoutDiacritics(FormerUnit row) {
        assertLeadsTo(row, VietnameseFolding.fold(row.name()) + " gio la xa nao");
    }

    @Test
    void theTableHasTheSharedRowsPlusTheCanhLienPartFoundInTheCheck() {
        assertThat(rows().count()).isEqualTo(376);
    }

    /** The answer names the row's new unit, directly or after the citizen picks their old district. */
    private void assertLeadsTo(FormerUnit row, String question) {
        PlaceReply reply = places.answer(question).orElseThrow(() -> new AssertionError("no answer to " + question));
        String newName = PlaceWords.inSentence(row.newName());
        if (reply.clarify()) {
            Optional<PlaceReply> picked = reply.choices().stream().map(PlaceChoice::id)
                    .map(places::choose).flatMap(Optional::stream)
                    .filter(r -> r.text().startsWith(PlaceTexts.capitalized(PlaceWords.inSentence(row.name())) + " ("
                            + PlaceWords.inSentence(row.district())))
                    .findFirst();
            assertThat(picked).as("a choice for %s in %s", row.name(), reply.choices()).isPresent();
            reply = picked.get();
        }
        assertThat(reply.text()).as(question).contains(newName);
    }

    @Test
    void theIssuesExampleIsAnswered() {
        PlaceReply reply = places.answer("xã Phước Lộc cũ giờ là xã nào").orElseThrow();
        assertThat(reply.clarify()).isFalse();
        assertThat(reply.text()).contains("Xã Phước Lộc (huyện Tuy Phước, tỉnh Bình Định cũ) từ ngày 1/7/2025 thuộc "
                + "xã Tuy Phước, tỉnh Gia Lai")
                .contains("thị trấn Diêu Trì").contains("“thôn 3, xã Tuy Phước, tỉnh Gia Lai”")
                .contains("Bộ phận một cửa").contains("Đội thanh niên tình nguyện xã Tuy Phước");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thị Trấn Diêu Trì", "thị trấn Diêu Trì giờ thuộc xã nào", "tt dieu tri", "Diêu Trì cũ",
        "dieu tri sap nhap vao dau", "diêu trì nay là xã gì vậy ad", "dieu tri giờ ghi địa chỉ thế nào",
        "Thi tran dieu tri huyen tuy phuoc", "thị trấn Diêu Trì cũ giờ là xã mô", "diu tri giờ là xã nào",
        "tôi ở thị trấn Diêu Trì"})
    void anOldNameInAnyFormGivesTheNewUnit(String question) {
        PlaceReply reply = places.answer(question).orElseThrow(() -> new AssertionError(question));
        assertThat(reply.clarify()).as(question).isFalse();
        assertThat(reply.text()).startsWith("Thị trấn Diêu Trì (huyện Tuy Phước").contains("thuộc xã Tuy Phước");
    }

    @Test
    void otherSpellingsOfOldNamesAreFound() {
        assertThat(places.answer("xã Ia Mrơn giờ là xã nào").orElseThrow().text()).startsWith("Xã Ia Ma Rơn (huyện Ia Pa")
                .contains("thuộc xã Ia Pa");
        assertThat(places.answer("xa kong pla cu gio la xa nao").orElseThrow().text()).contains("thuộc xã Kông Bơ La");
    }

    @Test
    void thiTranIaKhaHuyenIaGraiIsXaIaGrai() {
        assertThat(places.answer("thị trấn Ia Kha huyện Ia Grai").orElseThrow().text())
                .contains("thuộc xã Ia Grai");
    }

    @Test
    void theSameOldNameInTwoDistrictsAsksWhichDistrict() {
        PlaceReply reply = places.answer("xã an trung giờ là xã nào").orElseThrow();
        assertThat(reply.clarify()).isTrue();
        assertThat(reply.choices()).extracting(PlaceChoice::label)
                .contains("Xã An Trung – huyện Kông Chro", "Xã An Trung – huyện An Lão");
    }

    @Test
    void theDistrictNamedBesideTheNameDecides() {
        PlaceReply reply = places.answer("xã An Trung huyện Kông Chro giờ là xã nào").orElseThrow();
        assertThat(reply.clarify()).isFalse();
        assertThat(reply.text()).startsWith("Xã An Trung (huyện Kông Chro");
    }

    @Test
    void diacriticsTypedTellApartNamesThatFoldAlike() {
        assertThat(places.answer("xã Ân Nghĩa cũ giờ là xã nào").orElseThrow().text())
                .startsWith("Xã Ân Nghĩa (huyện Hoài Ân");
        assertThat(places.answer("xa an nghia cu gio la xa nao").orElseThrow().clarify()).isTrue();
    }

    @Test
    void aSplitCommuneNamesBothNewUnits() {
        PlaceReply reply = places.answer("xã An Nghĩa huyện An Lão giờ thuộc xã nào").orElseThrow();
        assertThat(reply.text()).contains("được chia cho 2 đơn vị mới").contains("xã An Toàn").contains("xã An Hòa")
                .contains("Bà con hỏi UBND hoặc bộ phận một cửa");
        assertThat(reply.choices()).extracting(PlaceChoice::label).contains("Xã An Toàn", "Xã An Hòa");
        assertThat(places.answer("xã Canh Hiệp cũ giờ là xã nào").orElseThrow().text())
                .contains("được chia cho 2 đơn vị mới");
    }

    @Test
    void aNewNameSaysWhatItWasMadeOf() {
        PlaceReply reply = places.answer("xã Tuy Phước mới gồm những xã nào").orElseThrow();
        assertThat(reply.text()).startsWith("Xã Tuy Phước (mã 21952) là đơn vị hành chính mới")
                .contains("thị trấn Diêu Trì, thị trấn Tuy Phước, xã Phước Lộc");
    }

    @Test
    void anUnchangedCommuneSaysItKeptItsBoundaries() {
        assertThat(places.answer("xã Nhơn Châu giờ là xã nào").orElseThrow().text()).contains("giữ nguyên địa giới");
        assertThat(places.answer("xã Canh Liên mới gồm những xã nào").orElseThrow().text())
                .doesNotContain("giữ nguyên").contains("xã Canh Liên (một phần)");
    }

    @Test
    void anUnknownPlaceGetsAnHonestAnswer() {
        PlaceReply reply = places.answer("xã Hạnh Phúc Xanh cũ giờ là xã nào").orElseThrow();
        assertThat(reply.text()).startsWith("Tôi không tìm thấy xã, phường hay thị trấn nào tên “Hạnh Phúc Xanh”");
        assertThat(reply.choices()).extracting(PlaceChoice::id).containsExactly("handoff");
    }

    @Test
    void anOldDistrictListsTheNewUnits() {
        PlaceReply reply = places.answer("huyện Tuy Phước giờ là xã nào").orElseThrow();
        assertThat(reply.text()).contains("không còn cấp huyện").contains("xã Tuy Phước Bắc");
    }

    @Test
    void aDeskQuestionIsAnsweredForThatCommune() {
        PlaceReply known = places.answer("bộ phận một cửa phường Quy Nhơn Nam ở đâu, thứ bảy có làm không")
                .orElseThrow();
        assertThat(known.text()).contains("146 Cần Vương").contains("Thứ Bảy: nguồn chưa nói");
        PlaceReply unknown = places.answer("bo phan mot cua xa phuoc loc o dau").orElseThrow();
        assertThat(unknown.text()).contains("chưa có địa chỉ đã được kiểm chứng").contains("xã Tuy Phước")
                .contains("127 Hai Bà Trưng");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tôi ở xã Ia Grai, làm giấy khai sinh cho con cần những giấy tờ gì",
        "đăng ký kết hôn ở phường Pleiku mất bao lâu", "làm căn cước cho con", "xin chào", "gặp tình nguyện viên",
        "làm sổ đỏ lần đầu ở xã Tuy Phước cần giấy tờ gì", "an toàn thực phẩm", "cảm ơn nhiều", "menu",
        "thủ tục chuyển nhượng đất ở huyện Tuy Phước cũ", "gặp tình nguyện viên, tôi ở thị trấn Phú Phong", "Biển Hồ Pleiku đi đường nào, có thu vé không?"})
    void procedureQuestionsThatNameACommuneAreLeftToTheProcedures(String question) {
        assertThat(places.answer(question)).as(question).isEmpty();
    }

    @Test
    void theHandoffsCommuneQuestionTakesOldNames() {
        assertThat(places.newCodesOf("thị trấn Diêu Trì")).containsExactly("21952");
        assertThat(places.newCodesOf("Phước Lộc")).containsExactly("21952");
        assertThat(places.newCodesOf("xã An Nghĩa huyện An Lão")).containsExactlyInAnyOrder("21622", "21628");
        assertThat(places.newCodesOf("Tuy Phước")).isEmpty();
        assertThat(places.newCodesOf("chưa biết")).isEmpty();
        assertThat(places.newCodesOf("không nhớ")).isEmpty();
    }

    @Test
    void searchFindsOldAndNewNames() {
        assertThat(DIRECTORY.search("dieu tri", 5)).extracting(c -> c.name()).first().isEqualTo("Xã Tuy Phước");
        assertThat(DIRECTORY.search("Pleiku", 5)).extracting(c -> c.name()).first().isEqualTo("Phường Pleiku");
        assertThat(DIRECTORY.search("qwertyuiop", 5)).isEmpty();
        List<String> ambiguous = DIRECTORY.search("an trung", 5).stream().map(c -> c.name()).toList();
        assertThat(ambiguous).hasSizeGreaterThanOrEqualTo(2);
    }
}
