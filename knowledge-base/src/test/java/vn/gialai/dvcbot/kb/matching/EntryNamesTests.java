package vn.gialai.dvcbot.kb.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which entries a question names in full; a name inside another entry's longer name does not count. */
class EntryNamesTests {

    private final EntryNames names = new EntryNames();

    EntryNamesTests() {
        names.add("birth-registration", words("dang ky khai sinh"));
        names.add("birth-registration", words("khai sinh"));
        names.add("late-birth-registration", words("khai sinh qua han"));
        names.add("land-certificate-first", words("so do lan dau"));
        names.add("driver-license", words("bang lai"));
        names.add("one-word", words("thue"));
        names.add("residence-confirmation", words("ct07"));
    }

    @Test
    void aNameSaidInFullNamesItsEntry() {
        assertThat(names.named(words("nha toi muon lam so do lan dau thi sao"))).containsExactly("land-certificate-first");
        assertThat(names.named(words("dang ky khai sinh mat bao lau"))).containsExactly("birth-registration");
    }

    @Test
    void aNameInsideALongerNameOfAnotherEntryDoesNotCount() {
        assertThat(names.named(words("lam khai sinh qua han o dau"))).containsExactly("late-birth-registration");
    }

    @Test
    void aCodeNamesItsEntryAlone() {
        assertThat(names.named(words("ct07 lay o dau"))).containsExactly("residence-confirmation");
    }

    @Test
    void twoNamesNameTwoEntriesInOrderAndPartsOrOneWordNamesNone() {
        assertThat(names.named(words("doi bang lai roi khai sinh cho con"))).containsExactly("driver-license",
                "birth-registration");
        assertThat(names.named(words("so do bi mat"))).isEmpty();
        assertThat(names.named(words("thue nha"))).isEmpty();
    }

    private static List<String> words(String text) {
        return List.of(text.split(" "));
    }
}
