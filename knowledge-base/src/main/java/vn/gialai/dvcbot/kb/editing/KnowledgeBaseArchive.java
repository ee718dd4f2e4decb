package vn.gialai.dvcbot.kb.editing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import tools.jackson.core.JacksonException;
import vn.gialai.dvcbot.core.texts.BotText;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.content.ContentProblem;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;

/**
 * The knowledge base as a zip of YAML files in the bundled layout ({@code <category>/<id>.yaml} plus the
 * {@code _categories.yaml}, {@code _out-of-scope.yaml} and {@code _texts.yaml} files), so editors' work can go
 * back into git, and such a zip's entries read back in (the bot's own words are edited at {@code /editor/texts}).
 */
public final class KnowledgeBaseArchive {

    public static final long MAX_UNPACKED = 20L * 1024 * 1024;

    private KnowledgeBaseArchive() {
    }

    public static byte[] write(KnowledgeBaseContent content, List<Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "_categories.yaml", EntryYaml.of(Map.of("categories", content.categories())));
            put(zip, "_out-of-scope.yaml", EntryYaml.of(Map.of("examples", content.outOfScope())));
            put(zip, ContentLoader.TEXTS_FILE, EntryYaml.of(Map.of("texts", textsAsWritten(content.texts()))));
            for (Entry entry : entries) {
                String folder = entry.category() == null ? "" : entry.category() + "/";
                put(zip, folder + entry.id() + ".yaml", EntryYaml.of(entry));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The entries in a zip; files that cannot be read become problems, the rest still counts. */
    public static Read read(byte[] archive) {
        ContentLoader loader = new ContentLoader();
        List<Entry> entries = new ArrayList<>();
        List<ContentProblem> problems = new ArrayList<>();
        if (!isZip(archive)) {
            // ZipInputStream reads anything else as an empty archive: the upload would look like "nothing changed".
            problems.add(new ContentProblem("(zip)", "(file)", "tệp tải lên không phải tệp nén .zip"));
            return new Read(entries, problems);
        }
        long unpacked = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            ZipEntry file;
            while ((file = zip.getNextEntry()) != null) {
                String name = file.getName().substring(file.getName().lastIndexOf('/') + 1);
                if (file.isDirectory() || !name.endsWith(".yaml") || name.startsWith("_")) {
                    continue;
                }
                byte[] text = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_UNPACKED - unpacked + 1));
                unpacked += text.length;
                if (unpacked > MAX_UNPACKED) {
                    problems.add(new ContentProblem(file.getName(), "(file)", "tệp nén quá lớn (quá 20 MB khi giải nén)"));
                    break;
                }
                readEntry(loader, file.getName(), new String(text, StandardCharsets.UTF_8), entries, problems);
            }
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new ContentProblem("(zip)", "(file)", "không đọc được tệp nén: " + e.getMessage()));
        }
        return new Read(entries, problems);
    }

    /** Every zip, even an empty one, starts with "PK". */
    private static boolean isZip(byte[] archive) {
        return archive != null && archive.length >= 4 && archive[0] == 'P' && archive[1] == 'K';
    }

    private static void readEntry(ContentLoader loader, String path, String yaml, List<Entry> entries,
            List<ContentProblem> problems) {
        String expectedId = path.substring(path.lastIndexOf('/') + 1, path.length() - ".yaml".length());
        try {
            Entry entry = loader.parseEntry(yaml);
            if (entry == null || entry.id() == null || !entry.id().equals(expectedId)) {
                problems.add(new ContentProblem(path, "id", "mã trong tệp phải trùng tên tệp (" + expectedId + ")"));
            } else {
                entries.add(entry);
            }
        } catch (JacksonException e) {
            problems.add(new ContentProblem(path, "(file)", "không đọc được: " + e.getOriginalMessage()));
        }
    }

    /** The bot's own words as {@code _texts.yaml} has them: a list of phrases as a YAML list. */
    private static Map<String, Object> textsAsWritten(Map<String, String> texts) {
        Map<String, Object> written = new LinkedHashMap<>();
        texts.forEach((key, wording) -> written.put(key, BotText.byKey(key)
                .filter(t -> t.form() == BotText.Form.PHRASES)
                .<Object>map(t -> wording.strip().lines().map(String::strip).toList())
                .orElse(wording)));
        return written;
    }

    private static void put(ZipOutputStream zip, String path, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    public record Read(List<Entry> entries, List<ContentProblem> problems) {
    }
}
