package vn.gialai.dvcbot.core.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.core.places.PlaceDirectory;

/** The handoff's commune question takes old names through the place directory. */
class CommunesFormerNamesTests {

    /** "Diêu Trì" was a town that is now part of Xã Tuy Phước (21952); "An Nghĩa" was split in two. */
    private static final PlaceDirectory FORMER = new PlaceDirectory() {
        @Override
        public List<String> newCodesOf(String answer) {
            return switch (answer) {
                case "thị trấn Diêu Trì", "gặp tình nguyện viên, tôi ở thị trấn Diêu Trì" -> List.of("21952");
                case "Diêu Trì" -> List.of("21952");
                case "An Nghĩa" -> List.of("21622", "21628");
                default -> List.of();
            };
        }
    };

    private final Communes communes = Communes.bundled().withPlaces(FORMER);

    @Test
    void anOldNameGivesTheNewCommune() {
        assertThat(communes.match("thị trấn Diêu Trì")).extracting(Commune::name).containsExactly("Xã Tuy Phước");
    }

    @Test
    void anOldNameAfterAUnitWordIsPickedUpFromFreeText() {
        assertThat(communes.pickUp("gặp tình nguyện viên, tôi ở thị trấn Diêu Trì")).map(Commune::name)
                .hasValue("Xã Tuy Phước");
        assertThat(communes.pickUp("Diêu Trì")).isEmpty();
        assertThat(communes.pickUp("xã An Nghĩa")).isEmpty();
    }

    @Test
    void aSplitOldNameOffersBothNewCommunes() {
        assertThat(communes.match("An Nghĩa")).extracting(Commune::name).containsExactly("Xã An Toàn", "Xã An Hòa");
    }

    @Test
    void aNewNameStillWinsAndTyposStillWork() {
        assertThat(communes.match("Ia Grai")).extracting(Commune::name).containsExactly("Xã Ia Grai");
        assertThat(communes.match("plei kuu")).extracting(Commune::name).containsExactly("Phường Pleiku");
        assertThat(communes.places()).isSameAs(FORMER);
        assertThat(Communes.bundled().places()).isSameAs(PlaceDirectory.NONE);
    }
}
