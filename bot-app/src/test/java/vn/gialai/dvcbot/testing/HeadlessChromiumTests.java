package vn.gialai.dvcbot.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * What a browser test does where Chromium or its driver is missing: skipped with the install command on a
 * developer's machine, failed under CI. Runs without a browser: the programs are files in a temporary folder.
 */
class HeadlessChromiumTests {

    private static final String INSTALL = "apt-get install chromium chromium-driver";

    @TempDir
    Path folder;

    @Test
    void withoutChromiumTheTestIsSkippedWithTheInstallCommand() throws IOException {
        File chromium = folder.resolve("chromium").toFile();
        File driver = program("chromedriver");

        assertThatThrownBy(() -> HeadlessChromium.requireInstalled(chromium, driver, null))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining(INSTALL)
                .hasMessageContaining(chromium.getPath());
    }

    @Test
    void withoutTheDriverTheTestIsSkippedToo() throws IOException {
        File chromium = program("chromium");
        File driver = folder.resolve("chromedriver").toFile();

        assertThatThrownBy(() -> HeadlessChromium.requireInstalled(chromium, driver, "false"))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining(INSTALL);
    }

    @Test
    void underCiAMissingChromiumFailsTheTestInsteadOfSkippingIt() throws IOException {
        File chromium = folder.resolve("chromium").toFile();
        File driver = program("chromedriver");

        for (String ci : new String[] {"true", "TRUE"}) {
            assertThatThrownBy(() -> HeadlessChromium.requireInstalled(chromium, driver, ci)).as(ci)
                    .isInstanceOf(IllegalStateException.class)
                    .isNotInstanceOf(TestAbortedException.class)
                    .hasMessageContaining(INSTALL);
        }
    }

    @Test
    void aFileThatCannotBeRunCountsAsMissing() throws IOException {
        File chromium = Files.createFile(folder.resolve("chromium")).toFile();
        File driver = program("chromedriver");

        assertThatThrownBy(() -> HeadlessChromium.requireInstalled(chromium, driver, "true"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withBothProgramsInstalledTheTestRunsEvenUnderCi() throws IOException {
        File chromium = program("chromium");
        File driver = program("chromedriver");

        assertThatCode(() -> HeadlessChromium.requireInstalled(chromium, driver, "true")).doesNotThrowAnyException();
        assertThatCode(() -> HeadlessChromium.requireInstalled(chromium, driver, null)).doesNotThrowAnyException();
    }

    private File program(String name) throws IOException {
        File file = Files.createFile(folder.resolve(name)).toFile();
        if (!file.setExecutable(true)) {
            throw new IOException("Cannot make " + file + " executable");
        }
        return file;
    }
}
