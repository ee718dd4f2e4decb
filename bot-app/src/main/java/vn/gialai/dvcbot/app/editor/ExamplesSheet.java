package vn.gialai.dvcbot.app.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Question → entry pairs from the sheets editors keep: an Excel workbook (first sheet) or a CSV file, column A
 * the citizen's question, column B the entry's id. A first row of headings is skipped.
 */
final class ExamplesSheet {

    private ExamplesSheet() {
    }

    record Pair(int row, String question, String entryId) {
    }

    static List<Pair> read(String fileName, byte[] content) {
        boolean excel = fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).matches(".*\\.xlsx?$")
                || content.length > 1 && content[0] == 'P' && content[1] == 'K';
        return excel ? excel(content) : csv(new String(content, StandardCharsets.UTF_8));
    }

    private static List<Pair> excel(byte[] content) {
        DataFormatter format = new DataFormatter();
        List<Pair> pairs = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                add(pairs, row.getRowNum() + 1, text(format, row.getCell(0)), text(format, row.getCell(1)));
            }
        } catch (IOException | RuntimeException e) {
            throw EditorException.badRequest("Không đọc được tệp Excel: " + e.getMessage());
        }
        return pairs;
    }

    private static List<Pair> csv(String text) {
        List<Pair> pairs = new ArrayList<>();
        String[] lines = text.replace("\uFEFF", "").split("\\R");
        for (int i = 0; i < lines.length; i++) {
            List<String> cells = cells(lines[i]);
            add(pairs, i + 1, cells.isEmpty() ? "" : cells.get(0), cells.size() < 2 ? "" : cells.get(1));
        }
        return pairs;
    }

    private static void add(List<Pair> pairs, int row, String question, String entryId) {
        String q = question.strip();
        String id = entryId.strip();
        boolean heading = row == 1 && (id.isEmpty() || !KnowledgeBaseEditing.ID.matcher(id).matches());
        if (!q.isEmpty() && !heading) {
            pairs.add(new Pair(row, q, id));
        }
    }

    /** One CSV line: commas or semicolons (Excel in Vietnamese locales saves with ';'), quotes doubled inside. */
    static List<String> cells(String line) {
        char separator = line.indexOf(';') >= 0 && line.indexOf(',') < 0 ? ';' : ',';
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static String text(DataFormatter format, Cell cell) {
        return cell == null ? "" : format.formatCellValue(cell);
    }
}
