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
    void mistakesInTheCommuneDataAreProblemsToo() throws Exception {
        Files.writeString(dir.resolve("_categories.yaml"), "categories: []\n");
        Files.createDirectories(dir.resolve("_communes"));
        Files.writeString(dir.resolve("_communes/gia-lai-old-to-new.tsv"), """
                old_name\told_district\told_province\tnew_unit_code\tnew_name
                Thị Trấn Diêu Trì\tHuyện Tuy Phước\tTỉnh Bình Định\t21952\tXã Tuy Phước
                Xã Phước Lộc\tHuyện Tuy Phước\tTỉnh Bình Định\t21952\tXã Tuy Phước Bắc
                Phước Thuận\tHuyện Tuy Phước\tTỉnh Bình Định
                """);
        Files.writeString(dir.resolve("_communes/old-name-aliases.tsv"), """
                old_name\told_district\talias
                Xã Phước Hòa\tHuyện Tuy Phước\tXã Phước Hoà
                """);
        Files.writeString(dir.resolve("_communes/_desks.yaml"), """
                desks:
                  - code: "99999"
                    address: Số 1
                  - code: "21952"
                    address: Số 1 đường Nguyễn Huệ
                    reviewed: 2026-12-01
                """);

        assertThat(run("kb", "validate", dir.toString())).hasValue(1);

        assertThat(out()).contains("_communes/gia-lai-old-to-new.tsv: dòng 3: mã 21952 là của \"Xã Tuy Phước\", "
                        + "không phải \"Xã Tuy Phước Bắc\"")
                .contains("_communes/gia-lai-old-to-new.tsv: dòng 4: cần đúng 5 cột")
                .contains("_communes/gia-lai-old-to-new.tsv: 21553: \"Phường Quy Nhơn Bắc\" chưa có đơn vị cũ nào")
                .contains("_communes/old-name-aliases.tsv: dòng 2: \"Xã Phước Hòa\" (Huyện Tuy Phước) không có trong bảng")
                .contains("_communes/_desks.yaml: desks[0].code: cần mã của một trong 135 xã, phường mới")
                .contains("_communes/_desks.yaml: desks[1].sources: cần ít nhất một nguồn");
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
