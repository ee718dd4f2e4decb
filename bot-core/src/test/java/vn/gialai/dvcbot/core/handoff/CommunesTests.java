package vn.gialai.dvcbot.core.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommunesTests {

    private final Communes communes = Communes.bundled();

    @Test
    void theBundledListHasAllOneHundredThirtyFiveCommunesAndWards() {
        assertThat(communes.all()).hasSize(135);
        assertThat(communes.all()).filteredOn(c -> c.type().equals("phường")).hasSize(25);
        assertThat(communes.byCode("23575")).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Phường Pleiku"));
    }

    @Test
    void anAnswerMatchesWithOrWithoutDiacriticsAndTheUnitWord() {
        assertThat(communes.match("Ia Grai")).extracting(Commune::name).containsExactly("Xã Ia Grai");
        assertThat(communes.match("xa ia grai")).extracting(Commune::name).containsExactly("Xã Ia Grai");
        assertThat(communes.match("iagrai")).extracting(Commune::name).containsExactly("Xã Ia Grai");
        assertThat(communes.match("P. Pleiku")).extracting(Commune::name).containsExactly("Phường Pleiku");
        assertThat(communes.match("tôi ở phường quy nhơn ạ")).extracting(Commune::name).containsExactly("Phường Quy Nhơn");
        assertThat(communes.match("Chư Păh, Gia Lai")).extracting(Commune::name).containsExactly("Xã Chư Păh");
    }

    @Test
    void aTypoStillMatches() {
        assertThat(communes.match("plei kuu")).extracting(Commune::name).containsExactly("Phường Pleiku");
        assertThat(communes.match("Quy Nhon Bakc")).extracting(Commune::name).containsExactly("Phường Quy Nhơn Bắc");
        assertThat(communes.match("chu prog")).extracting(Commune::name).containsExactly("Xã Chư Prông");
    }

    @Test
    void theOldProvinceNameIsAlsoAWardAndIsNotStripped() {
        assertThat(communes.match("Bình Định")).extracting(Commune::name).containsExactly("Phường Bình Định");
    }

    @Test
    void somethingElseMatchesNothing() {
        assertThat(communes.match("Hà Nội")).isEmpty();
        assertThat(communes.match("")).isEmpty();
        assertThat(communes.match("không biết")).isEmpty();
    }

    @Test
    void freeTextGivesACommuneOnlyAfterXaOrPhuong() {
        assertThat(communes.pickUp("cho hỏi làm sổ đỏ ở xã Ia Grai thì nộp đâu"))
                .hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Xã Ia Grai"));
        assertThat(communes.pickUp("nha o phuong an nhon bac")).hasValueSatisfying(c ->
                assertThat(c.name()).isEqualTo("Phường An Nhơn Bắc"));
        assertThat(communes.pickUp("làm thế nào cho an toàn")).isEmpty();
        assertThat(communes.pickUp("giá gạo hôm nay")).isEmpty();
    }

    @Test
    void theDistanceCountsASwapOfNeighboursAsOne() {
        assertThat(Communes.distance("pleiku", "pleiku")).isZero();
        assertThat(Communes.distance("plieku", "pleiku")).isEqualTo(1);
        assertThat(Communes.distance("pleku", "pleiku")).isEqualTo(1);
    }
}
