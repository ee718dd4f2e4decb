package vn.gialai.dvcbot.app.editor;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.gialai.dvcbot.kb.editing.EditingRefused;
import vn.gialai.dvcbot.kb.editing.EntryRules;
import vn.gialai.dvcbot.kb.editing.ExamplePair;

/**
 * Question → entry pairs from the sheets editors keep: an Excel workbook (first sheet) or a CSV file, column A
 * the citizen's question, column B the entry's id. A first row of headings is skipped.
 */
final class ExamplesSheet {

    /** Most rows one sheet may have: far more than an editor reviews at once, few enough to plan in a second. */
    static final int MAX_ROWS = 20_000;

    private ExamplesSheet() {
    }

    static List<ExamplePair> read(String fileName, byte[] content) {
        try {
            return read(fileName, new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Reads a sheet as it arrives: a CSV line by line, so a client that leaves mid-upload stops the work at once
     * (the read fails), and no more than {@link #MAX_ROWS} rows are taken. An Excel file is read whole (it is a
     * zip), within the request's size limit.
     */
    static List<ExamplePair> read(String fileName, InputStream content) throws IOException {
        BufferedInputStream in = new BufferedInputStream(content);
        in.mark(2);
        byte[] start = in.readNBytes(2);
        in.reset();
        boolean excel = fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).matches(".*\\.xlsx?$")
                || start.length > 1 && start[0] == 'P' && start[1] == 'K';
        return excel ? excel(in.readAllBytes()) : csv(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }

    private static EditingRefused tooManyRows() {
        return EditingRefused.tooLarge("Tệp có hơn " + MAX_ROWS + " dòng. Hãy chia thành nhiều tệp nhỏ hơn.");
    }

    private static List<ExamplePair> excel(byte[] content) {
        DataFormatter format = new DataFormatter();
        List<ExamplePair> pairs = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            if (sheet.getLastRowNum() >= MAX_ROWS) {
                throw tooManyRows();
            }
            for (Row row : sheet) {
                add(pairs, row.getRowNum() + 1, text(format, row.getCell(0)), text(format, row.getCell(1)));
            }
        } catch (EditingRefused e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw EditingRefused.badRequest("Không đọc được tệp Excel: " + e.getMessage());
        }
        return pairs;
    }

    private static List<ExamplePair> csv(BufferedReader lines) throws IOException {
        List<ExamplePair> pairs = new ArrayList<>();
        int row = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (++row > MAX_ROWS) {
                throw tooManyRows();
            }
            List<String> cells = cells(row == 1 ? line.replace("\uFEFF", "") : line);
            add(pairs, row, cells.isEmpty() ? "" : cells.get(0), cells.size() < 2 ? "" : cells.get(1));
        }
        return pairs;
    }

    private static void add(List<ExamplePair> pairs, int row, String question, String entryId) {
        String q = question.strip();
        String id = entryId.strip();
        boolean heading = row == 1 && (id.isEmpty() || !EntryRules.ID.matcher(id).matches());
        if (!q.isEmpty() && !heading) {
            pairs.add(new ExamplePair(row, q, id));
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
