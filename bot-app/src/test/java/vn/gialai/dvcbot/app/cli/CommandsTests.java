package vn.gialai.dvcbot.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @Test
    void withoutACommandTheApplicationStarts() {
        assertThat(run()).isEmpty();
        assertThat(run("--server.port=9090")).isEmpty();
    }

    @Test
    void theBundledKnowledgeBaseValidates() {
        assertThat(run("kb", "validate")).hasValue(0);
        assertThat(out()).contains("OK:").contains("no problems");
    }

    @Test
    void problemsInAFolderArePrintedOnePerLineWithFileFieldAndReasonAndExitNonZero() throws Exception {
        Files.writeString(dir.resolve("_categories.yaml"), "categories:\n  - id: ho-tich\n    title: Hộ tịch\n");
        Files.createDirectories(dir.resolve("ho-tich"));
        Files.writeString(dir.resolve("ho-tich/khai-tu.yaml"), """
                id: death-registration
                kind: procedure
                category: ho-tich
                title: Đăng ký khai tử
                examples: [khai tử ở đâu]
                """);

        OptionalInt exit = run("kb", "validate", dir.toString());

        assertThat(exit).hasValue(1);
        assertThat(out()).contains("ho-tich/khai-tu.yaml: id: phải trùng tên tệp")
                .contains("ho-tich/khai-tu.yaml: summary: còn thiếu")
                .contains("ho-tich/khai-tu.yaml: examples: cần ít nhất 10");
    }

    @Test
    void aMissingFolderIsAClearError() {
        assertThat(run("kb", "validate", dir.resolve("nope").toString())).hasValue(2);
        assertThat(err()).contains("Knowledge-base folder not found");
    }

    @Test
    void theOverviewIsPrinted() {
        assertThat(run("kb", "docs")).hasValue(0);
        assertThat(out()).startsWith("# Knowledge base overview");
    }

    @Test
    void anUnknownCommandIsExplained() {
        assertThat(run("kb", "frobnicate")).hasValue(2);
        assertThat(err()).contains("Unknown command: kb frobnicate").contains("kb validate [DIR]");
    }

    private OptionalInt run(String... args) {
        return Commands.standard().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
