package vn.gialai.dvcbot.kb.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbbreviationsFileTests {

    @TempDir
    Path dir;

    @Test
    void theAbbreviationFileLoadsWithTheContentAndAmbiguousFormsKeepEveryMeaning() throws Exception {
        Files.writeString(dir.resolve("_abbreviations.yaml"), """
                abbreviations:
                  cccd: [căn cước công dân]
                  đk: [đăng ký, được]
                """);

        ContentLoader.Loaded loaded = new ContentLoader().loadDirectory(dir);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.content().abbreviations().of("cccd")).containsExactly("căn cước công dân");
        assertThat(loaded.content().abbreviations().of("dk")).containsExactly("đăng ký", "được");
        assertThat(loaded.content().abbreviations().of("đk")).containsExactly("đăng ký", "được");
    }

    @Test
    void badLinesAreReportedWithTheirShortFormAndTheRestStillLoads() throws Exception {
        Files.writeString(dir.resolve("_abbreviations.yaml"), """
                abbreviations:
                  sổ hk: [sổ hộ khẩu]
                  ko: []
                  bhyt: [bảo hiểm y tế]
                """);

        ContentLoader.Loaded loaded = new ContentLoader().loadDirectory(dir);

        assertThat(loaded.problems()).extracting(ContentProblem::field)
                .containsExactly("abbreviations.sổ hk", "abbreviations.ko");
        assertThat(loaded.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("_abbreviations.yaml"));
        assertThat(loaded.content().abbreviations().of("bhyt")).containsExactly("bảo hiểm y tế");
    }

    @Test
    void theBundledListLoadsWithoutProblems() {
        ContentLoader.Loaded loaded = new ContentLoader().loadBundled();
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.content().abbreviations().of("cccd")).isNotEmpty();
    }
}
