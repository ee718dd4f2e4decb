package vn.gialai.dvcbot.kb.communes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.content.ContentProblem;

/**
 * Reads {@code _communes/} of a content folder (bundled or on disk): {@code gia-lai-old-to-new.tsv} and
 * {@code _desks.yaml}. Like the entries, a file with mistakes still loads what it can and reports the rest
 * as problems for {@code kb validate}.
 */
public final class CommuneDataLoader {

    static final String FOLDER = "_communes";
    static final String OLD_TO_NEW = "gia-lai-old-to-new.tsv";
    static final String DESKS = "_desks.yaml";
    static final String ALIASES = "old-name-aliases.tsv";

    private final YAMLMapper yaml = ContentLoader.strictYaml();
    private final Communes communes;

    public CommuneDataLoader(Communes communes) {
        this.communes = communes;
    }

    /** The commune data and every problem found in it. */
    public record Loaded(CommuneData data, List<ContentProblem> problems) {
    }

    public Loaded loadBundled() {
        return load(name -> Optional.ofNullable(CommuneDataLoader.class.getResourceAsStream(
                "/" + ContentLoader.BUNDLED + "/" + FOLDER + "/" + name)));
    }

    /** From {@code dir/_communes/}, the same layout as the bundled content. */
    public Loaded loadDirectory(Path dir) {
        Path folder = dir.resolve(FOLDER);
        return load(name -> {
            Path file = folder.resolve(name);
            try {
                return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + file, e);
            }
        });
    }

    private Loaded load(Opener opener) {
        List<ContentProblem> problems = new ArrayList<>();
        CommuneDataCheck check = new CommuneDataCheck(communes, problems::add);
        List<FormerUnit> units = opener.open(OLD_TO_NEW).map(in -> readTable(in, check)).orElseGet(() -> {
            problems.add(new ContentProblem(path(OLD_TO_NEW), "(file)", "thiếu bảng xã, phường cũ – mới"));
            return List.of();
        });
        check.everyNewUnitHasFormerUnits(units);
        List<CommuneData.Alias> aliases = opener.open(ALIASES).map(in -> readAliases(in, check, units))
                .orElse(List.of());
        List<Desk> desks = opener.open(DESKS).map(in -> readDesks(in, problems)).orElse(List.of());
        return new Loaded(new CommuneData(units, aliases, check.desks(desks)), problems);
    }

    private List<FormerUnit> readTable(InputStream in, CommuneDataCheck check) {
        return readTsv(in, OLD_TO_NEW, check::header, check::row);
    }

    private List<CommuneData.Alias> readAliases(InputStream in, CommuneDataCheck check, List<FormerUnit> units) {
        return readTsv(in, ALIASES, check::aliasHeader, (number, line) -> check.alias(number, line, units));
    }

    /** The rows of a Tab-separated file after its header; each line checked, numbered as an editor counts them. */
    private static <T> List<T> readTsv(InputStream in, String name, Consumer<String> header,
            BiFunction<Integer, String, Optional<T>> row) {
        List<T> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            header.accept(reader.readLine());
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    row.apply(number, line).ifPresent(rows::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + name, e);
        }
        return rows;
    }

    private List<Desk> readDesks(InputStream in, List<ContentProblem> problems) {
        try (in) {
            DesksFile file = yaml.readValue(in, DesksFile.class);
            return file == null || file.desks() == null ? List.of() : file.desks();
        } catch (JacksonException e) {
            problems.add(new ContentProblem(path(DESKS), "(file)", "không đọc được: " + e.getOriginalMessage()));
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + DESKS, e);
        }
    }

    static String path(String name) {
        return FOLDER + "/" + name;
    }

    @FunctionalInterface
    private interface Opener {
        Optional<InputStream> open(String name);
    }

    private record DesksFile(List<Desk> desks) {
    }
}
