package vn.gialai.dvcbot.kb.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.gialai.dvcbot.kb.normalize.Abbreviations;

/**
 * Reads the content folder: {@code _categories.yaml}, {@code _out-of-scope.yaml}, {@code _abbreviations.yaml},
 * {@code _texts.yaml} (the bot's own words) and one {@code <id>.yaml}
 * per entry in any sub-folder. Files whose names start with "_" are not entries. A file that cannot be read
 * becomes a {@link ContentProblem}; the rest still loads.
 */
public final class ContentLoader {

    /** Where the bundled content sits inside the jar. */
    public static final String BUNDLED = "kb-content";

    static final String CATEGORIES_FILE = "_categories.yaml";
    static final String OUT_OF_SCOPE_FILE = "_out-of-scope.yaml";
    static final String ABBREVIATIONS_FILE = "_abbreviations.yaml";
    public static final String TEXTS_FILE = "_texts.yaml";

    private final YAMLMapper yaml = strictYaml();

    /** The content and every problem met while reading it. */
    public record Loaded(KnowledgeBaseContent content, List<ContentProblem> problems) {
    }

    public Loaded loadBundled() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + BUNDLED + "/**/*.yaml");
            List<SourceFile> files = new ArrayList<>();
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                String relative = url.substring(url.lastIndexOf(BUNDLED + "/") + BUNDLED.length() + 1);
                files.add(new SourceFile(relative, resource::getInputStream));
            }
            return load(files);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the bundled knowledge base", e);
        }
    }

    public Loaded loadDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("Knowledge-base folder not found: " + dir.toAbsolutePath());
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            List<SourceFile> files = paths.filter(p -> p.toString().endsWith(".yaml") && Files.isRegularFile(p))
                    .map(p -> new SourceFile(dir.relativize(p).toString().replace('\\', '/'),
                            () -> Files.newInputStream(p)))
                    .toList();
            return load(files);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the knowledge-base folder " + dir, e);
        }
    }

    /** Parses one entry from YAML text (the editor's import uses this). */
    public Entry parseEntry(String yamlText) {
        return yaml.readValue(yamlText, Entry.class);
    }

    /** The entry as YAML in the bundled format (export). */
    public String writeEntry(Entry entry) {
        return yaml.writeValueAsString(entry);
    }

    private Loaded load(List<SourceFile> files) {
        List<SourceFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(SourceFile::path));
        List<ContentProblem> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        Map<String, String> fileOf = new LinkedHashMap<>();
        List<Category> categories = List.of();
        List<String> outOfScope = List.of();
        Abbreviations abbreviations = Abbreviations.NONE;
        Map<String, String> texts = Map.of();
        for (SourceFile file : sorted) {
            String name = file.path().substring(file.path().lastIndexOf('/') + 1);
            try {
                if (name.equals(CATEGORIES_FILE)) {
                    categories = read(file, CategoriesFile.class).categories();
                } else if (name.equals(OUT_OF_SCOPE_FILE)) {
                    outOfScope = read(file, OutOfScopeFile.class).examples();
                } else if (name.equals(ABBREVIATIONS_FILE)) {
                    Map<String, List<String>> written = read(file, AbbreviationsFile.class).abbreviations();
                    Abbreviations.problems(written).forEach((shortForm, reason) -> problems.add(
                            new ContentProblem(file.path(), "abbreviations." + shortForm, reason)));
                    abbreviations = new Abbreviations(written);
                } else if (name.equals(TEXTS_FILE)) {
                    texts = read(file, TextsFile.class).wording();
                } else if (!name.startsWith("_")) {
                    Entry entry = read(file, Entry.class);
                    entries.add(entry);
                    String previous = fileOf.putIfAbsent(entry.id() == null ? file.path() : entry.id(), file.path());
                    if (previous != null) {
                        problems.add(new ContentProblem(file.path(), "id", "mã \"" + entry.id()
                                + "\" đã được dùng ở " + previous + "; mỗi mục cần một mã riêng"));
                    }
                }
            } catch (JacksonException e) {
                problems.add(new ContentProblem(file.path(), fieldOf(e), "không đọc được: " + e.getOriginalMessage()));
            } catch (IllegalStateException e) {
                problems.add(new ContentProblem(file.path(), "(file)", "tệp trống"));
            }
        }
        return new Loaded(new KnowledgeBaseContent(entries, categories, outOfScope, fileOf, abbreviations, texts), problems);
    }

    private <T> T read(SourceFile file, Class<T> type) {
        try (InputStream in = file.open().get()) {
            T value = yaml.readValue(in, type);
            if (value == null) {
                throw new IllegalStateException("empty file");
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file.path(), e);
        }
    }

    private static String fieldOf(JacksonException e) {
        String path = e.getPathReference();
        return path == null || path.isBlank() ? "(file)" : path;
    }

    /** How every content file is read: snake_case field names, and an unknown field is a mistake to report. */
    public static YAMLMapper strictYaml() {
        return YAMLMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** Shared with the editor's JSON API so drafts use the same field names as the files. */
    public static JsonMapper snakeCaseJson() {
        return JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    private record SourceFile(String path, Opener open) {
    }

    @FunctionalInterface
    private interface Opener {
        InputStream get() throws IOException;
    }

    private record CategoriesFile(List<Category> categories) {
        CategoriesFile {
            categories = categories == null ? List.of() : categories;
        }
    }

    private record AbbreviationsFile(Map<String, List<String>> abbreviations) {
    }

    /**
     * Keys in file order (a YAML mapping is read into a LinkedHashMap), so the editor lists them as written. A list
     * of phrases may be written as a YAML list; it is kept as one phrase per line, as editors edit it.
     */
    private record TextsFile(Map<String, Object> texts) {

        Map<String, String> wording() {
            Map<String, String> wording = new LinkedHashMap<>();
            if (texts != null) {
                texts.forEach((key, value) -> wording.put(key, value instanceof List<?> lines
                        ? String.join("\n", lines.stream().map(String::valueOf).toList())
                        : value == null ? "" : String.valueOf(value)));
            }
            return wording;
        }
    }

    private record OutOfScopeFile(List<String> examples) {
        OutOfScopeFile {
            examples = examples == null ? List.of() : examples;
        }
    }
}
