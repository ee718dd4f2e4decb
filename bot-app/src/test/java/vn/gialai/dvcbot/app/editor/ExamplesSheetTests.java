package vn.gialai.dvcbot.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.kb.editing.EditingRefused;
import vn.gialai.dvcbot.kb.editing.ExamplePair;

class ExamplesSheetTests {

    @Test
    void aCsvWithHeadingsQuotesAndCommasInQuestionsIsRead() {
        String csv = "\uFEFFcâu hỏi,mã mục\n\"làm khai sinh, cần gì\",birth-registration\nlam cccd o dau,id-card\n\n";

        assertThat(ExamplesSheet.read("cau-hoi.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .extracting(ExamplePair::question, ExamplePair::entryId).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("làm khai sinh, cần gì", "birth-registration"),
                        org.assertj.core.groups.Tuple.tuple("lam cccd o dau", "id-card"));
    }

    @Test
    void aCsvSavedBySpreadsheetsWithSemicolonsIsRead() {
        String csv = "lam so do mat bao lau;land-certificate-first\n";

        assertThat(ExamplesSheet.read("x.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .singleElement().satisfies(p -> assertThat(p.entryId()).isEqualTo("land-certificate-first"));
    }

    @Test
    void anExcelSheetIsReadFromItsFirstTwoColumns() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("Câu hỏi");
            sheet.createRow(0).createCell(0).setCellValue("Câu hỏi");
            sheet.getRow(0).createCell(1).setCellValue("Mã mục");
            sheet.createRow(1).createCell(0).setCellValue("đk kết hôn cần j");
            sheet.getRow(1).createCell(1).setCellValue("marriage-registration");
            book.write(bytes);
        }

        assertThat(ExamplesSheet.read("cau-hoi.xlsx", bytes.toByteArray())).singleElement()
                .satisfies(p -> {
                    assertThat(p.question()).isEqualTo("đk kết hôn cần j");
                    assertThat(p.entryId()).isEqualTo("marriage-registration");
                    assertThat(p.row()).isEqualTo(2);
                });
    }

    @Test
    void aFileThatIsNotASpreadsheetIsAClearError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExamplesSheet.read("x.xlsx", "PK not a zip".getBytes()))
                .isInstanceOf(EditingRefused.class).hasMessageContaining("Không đọc được tệp Excel");
    }
}
