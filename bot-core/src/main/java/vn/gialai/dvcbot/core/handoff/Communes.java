package vn.gialai.dvcbot.core.handoff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.gialai.dvcbot.core.places.PlaceDirectory;
import vn.gialai.dvcbot.core.text.VietnameseFolding;

/**
 * Gia Lai's communes and wards (communes/gia-lai-communes.tsv), and tolerant matching of what citizens type:
 * without diacritics, with or without "xã"/"phường", with spaces missing and a typo or two. With a
 * {@link PlaceDirectory} it also understands the names of the communes before 1 July 2025.
 */
public final class Communes {

    private static final String BUNDLED = "/communes/gia-lai-communes.tsv";
    private static final int MAX_CHOICES = 3;

    /** Words people put before the name: "ở", "tôi ở", and old unit words (thành phố, huyện, thị trấn). */
    private static final Set<String> LEADING = Set.of("o", "tai", "toi", "em", "con", "chau", "minh", "nha", "dang",
            "song", "que", "thuoc", "la", "dia", "chi", "ben", "x", "xa", "p", "phuong", "tp", "thanh", "pho", "tx",
            "thi", "tran", "tt", "huyen", "h");
    private static final Set<String> TRAILING = Set.of("a", "ah", "ak", "nha", "nhe", "vay", "do");
    /** The province named after the commune ("Ia Grai, Gia Lai"); old Bình Định is a ward's name too, so kept. */
    private static final List<String> PROVINCE = List.of("gia", "lai");
    private static final Set<String> UNIT_WORDS = Set.of("xa", "phuong", "p", "x");

    private final List<Commune> all;
    private final Map<String, Commune> byCode;
    private final Map<String, Commune> byName;
    private final Map<String, Commune> byKey;
    private final Map<Commune, List<String>> words;
    private final PlaceDirectory places;

    Communes(List<Commune> communes) {
        this(communes, PlaceDirectory.NONE);
    }

    private Communes(List<Commune> communes, PlaceDirectory places) {
        this.places = places;
        this.all = List.copyOf(communes);
        this.byCode = all.stream().collect(Collectors.toMap(Commune::code, Function.identity()));
        this.byName = all.stream().collect(Collectors.toMap(c -> VietnameseFolding.foldWords(c.name()),
                Function.identity()));
        this.words = all.stream().collect(Collectors.toMap(Function.identity(), Communes::nameWords));
        this.byKey = all.stream().collect(Collectors.toMap(c -> String.join("", words.get(c)), Function.identity()));
    }

    /** The list shipped with the application. */
    public static Communes bundled() {
        try (InputStream in = Communes.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("The commune list " + BUNDLED + " is missing from the application");
            }
            return new Communes(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the commune list " + BUNDLED, e);
        }
    }

    private static List<Commune> read(InputStream in) throws IOException {
        List<Commune> communes = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line = reader.readLine();
        while ((line = reader.readLine()) != null) {
            String[] columns = line.split("\t");
            if (columns.length >= 3) {
                communes.add(new Commune(columns[0].strip(), columns[1].strip(), columns[2].strip()));
            }
        }
        return communes;
    }

    /** The same communes, also matched by their former names through this directory. */
    public Communes withPlaces(PlaceDirectory directory) {
        return new Communes(all, directory == null ? PlaceDirectory.NONE : directory);
    }

    /** What the knowledge base knows about places (old names, desks, teams); {@link PlaceDirectory#NONE} if nothing. */
    public PlaceDirectory places() {
        return places;
    }

    public List<Commune> all() {
        return all;
    }

    public Optional<Commune> byCode(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    /** By the full name ("Phường Pleiku"), compared without diacritics. */
    public Optional<Commune> byName(String name) {
        return Optional.ofNullable(name).map(n -> byName.get(VietnameseFolding.foldWords(n)));
    }

    /**
     * What the citizen answered when asked for their commune: one commune when it is clear, two or three
     * when the answer fits several equally (the citizen picks), none when nothing is close.
     */
    public List<Commune> match(String answer) {
        List<String> tokens = strip(tokens(answer));
        if (tokens.isEmpty()) {
            return List.of();
        }
        Optional<Commune> inText = pickUp(answer);
        if (inText.isPresent()) {
            return List.of(inText.get());
        }
        String key = String.join("", tokens);
        Commune exact = byKey.get(key);
        if (exact != null) {
            return List.of(exact);
        }
        List<Commune> former = places.newCodesOf(answer).stream().map(byCode::get).filter(c -> c != null)
                .distinct().toList();
        return former.isEmpty() ? closest(key) : former;
    }

    /**
     * A commune named in free text after "xã" or "phường" ("hỏi thủ tục ở xã Ia Grai"), else empty. Without
     * those words a name is not taken from free text: many names are ordinary words ("an toàn", "gạo").
     */
    public Optional<Commune> pickUp(String text) {
        List<String> tokens = tokens(text);
        Optional<Commune> named = pickUpNew(tokens);
        return named.isPresent() ? named : pickUpFormer(text, tokens);
    }

    /** An old name after a unit word ("tôi ở thị trấn Diêu Trì"), when it leads to exactly one new commune. */
    private Optional<Commune> pickUpFormer(String text, List<String> tokens) {
        boolean unitWord = tokens.stream().anyMatch(t -> UNIT_WORDS.contains(t) || t.equals("tt") || t.equals("tran"));
        if (!unitWord) {
            return Optional.empty();
        }
        List<String> codes = places.newCodesOf(text);
        return codes.size() == 1 ? byCode(codes.get(0)) : Optional.empty();
    }

    private Optional<Commune> pickUpNew(List<String> tokens) {
        Commune best = null;
        int bestLength = 0;
        for (int i = 0; i < tokens.size() - 1; i++) {
            if (!UNIT_WORDS.contains(tokens.get(i))) {
                continue;
            }
            for (Commune commune : all) {
                int length = matchAt(tokens, i + 1, words.get(commune));
                if (length > bestLength) {
                    best = commune;
                    bestLength = length;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Characters of the commune's name matched at {@code start}, with or without spaces; 0 when it does not. */
    private static int matchAt(List<String> tokens, int start, List<String> name) {
        String joinedName = String.join("", name);
        StringBuilder joined = new StringBuilder();
        for (int i = start; i < tokens.size() && joined.length() < joinedName.length(); i++) {
            joined.append(tokens.get(i));
            if (joined.toString().equals(joinedName)) {
                return joinedName.length();
            }
        }
        return 0;
    }

    private List<Commune> closest(String key) {
        int allowed = key.length() <= 4 ? 0 : key.length() <= 7 ? 1 : 2;
        Map<Commune, Integer> distances = all.stream().collect(Collectors.toMap(Function.identity(),
                c -> distance(key, String.join("", words.get(c)))));
        int best = distances.values().stream().min(Integer::compare).orElse(Integer.MAX_VALUE);
        if (best > allowed) {
            return List.of();
        }
        return all.stream().filter(c -> distances.get(c) == best)
                .sorted(Comparator.comparing(Commune::name))
                .limit(MAX_CHOICES)
                .toList();
    }

    private static List<String> nameWords(Commune commune) {
        List<String> tokens = tokens(commune.name());
        return tokens.subList(1, tokens.size());
    }

    private static List<String> tokens(String text) {
        String folded = VietnameseFolding.foldWords(text == null ? "" : text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    private static List<String> strip(List<String> tokens) {
        int from = 0;
        int to = tokens.size();
        while (from < to && LEADING.contains(tokens.get(from))) {
            from++;
        }
        while (to > from && TRAILING.contains(tokens.get(to - 1))) {
            to--;
        }
        if (to - from > PROVINCE.size() && tokens.subList(to - PROVINCE.size(), to).equals(PROVINCE)) {
            to -= PROVINCE.size();
            if (to - from > 1 && tokens.get(to - 1).equals("tinh")) {
                to--;
            }
        }
        return tokens.subList(from, to);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swapped neighbours. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
