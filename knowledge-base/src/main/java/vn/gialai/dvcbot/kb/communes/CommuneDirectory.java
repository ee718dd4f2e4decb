package vn.gialai.dvcbot.kb.communes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.gialai.dvcbot.core.handoff.Commune;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.core.places.PlaceDirectory;
import vn.gialai.dvcbot.kb.communes.PlaceNames.District;
import vn.gialai.dvcbot.kb.communes.PlaceNames.Mention;
import vn.gialai.dvcbot.kb.communes.PlaceNames.Named;
import vn.gialai.dvcbot.kb.communes.PlaceNames.Tokens;
import vn.gialai.dvcbot.kb.normalize.VietnameseText;

/**
 * The 135 communes with what they were made from and their desks, and the lookup of a place named in any
 * spelling: old or new name, with or without diacritics and unit words, with a typo.
 */
public final class CommuneDirectory {

    private final Communes communes;
    private final CommuneData data;
    private final List<OldPlace> olds;
    private final Map<String, List<FormerUnit>> formerByCode = new LinkedHashMap<>();
    private final PlaceNames names;
    private final Function<String, Optional<Desk>> desks;

    public CommuneDirectory(Communes communes, CommuneData data) {
        this(communes, data, data::desk);
    }

    /** With the desks editors keep ({@code desks}: the live desk of a commune code). */
    public CommuneDirectory(Communes communes, CommuneData data, Function<String, Optional<Desk>> desks) {
        this.communes = communes;
        this.data = data;
        this.desks = desks;
        this.olds = group(data.formerUnits());
        data.formerUnits().forEach(u -> formerByCode.computeIfAbsent(u.newCode(), c -> new ArrayList<>()).add(u));
        this.names = new PlaceNames(communes.all(), olds, data.aliases());
    }

    private static List<OldPlace> group(List<FormerUnit> units) {
        Map<String, List<FormerUnit>> byPlace = new LinkedHashMap<>();
        units.forEach(u -> byPlace.computeIfAbsent(u.name() + "|" + u.district(), k -> new ArrayList<>()).add(u));
        List<OldPlace> places = new ArrayList<>();
        for (List<FormerUnit> rows : byPlace.values()) {
            FormerUnit first = rows.get(0);
            places.add(new OldPlace(places.size(), first.name(), first.district(), first.province(),
                    rows.stream().map(FormerUnit::newCode).distinct().toList()));
        }
        return places;
    }

    /** The conversation's place questions answered from this directory and the teams' schedules. */
    public PlaceDirectory questions(Supplier<TeamSessions> teams) {
        return new PlaceQuestions(this, teams);
    }

    public List<Commune> communes() {
        return communes.all();
    }

    public Optional<Commune> commune(String code) {
        return communes.byCode(code);
    }

    /** The old units a new commune was made of (for a split one, the part that went to it), in table order. */
    public List<FormerUnit> formerUnits(String code) {
        return formerByCode.getOrDefault(code, List.of());
    }

    /**
     * What became of the old units of a new commune, for readers: names with the unit word as written at a start
     * ("Thị trấn Diêu Trì", "Huyện Tuy Phước"), and whether only part of the old unit came to this commune.
     */
    public List<Former> former(String code) {
        return formerUnits(code).stream().map(u -> new Former(PlaceWords.proper(u.name()),
                PlaceWords.proper(u.district()), PlaceWords.proper(u.province()),
                olds.stream().anyMatch(o -> o.name().equals(u.name()) && o.district().equals(u.district()) && o.split())))
                .toList();
    }

    /** An old unit as shown to readers; {@code part} when it was split between two new communes. */
    public record Former(String name, String district, String province, boolean part) {
    }

    public Optional<Desk> desk(String code) {
        return desks.apply(code);
    }

    /** The desks bundled in the content folder (what seeds the editors' desks). */
    public CommuneData bundled() {
        return data;
    }

    /** The communes a search box means, best first: by new or old name, any spelling, with a typo. */
    public List<Commune> search(String query, int limit) {
        Found found = find(query);
        Set<String> codes = new LinkedHashSet<>(found.codes());
        String key = PlaceNames.key(String.join(" ", found.tokens().canonical()));
        if (key.length() >= 3) {
            for (Commune commune : communes.all()) {
                if (PlaceNames.key(PlaceWords.core(commune.name())).startsWith(key)) {
                    codes.add(commune.code());
                }
            }
            olds.stream().filter(o -> PlaceNames.key(PlaceWords.core(o.name())).startsWith(key))
                    .forEach(o -> codes.addAll(o.newCodes()));
        }
        return codes.stream().map(communes::byCode).flatMap(Optional::stream).limit(limit).toList();
    }

    /** The new communes an answer to "which commune?" names through an old name (empty if none). */
    List<String> formerNameCodes(String answer) {
        Found found = find(answer);
        if (found.named().stream().anyMatch(n -> n.fresh() != null)) {
            return List.of();
        }
        return found.codes();
    }

    OldPlace old(int id) {
        return id >= 0 && id < olds.size() ? olds.get(id) : null;
    }

    List<OldPlace> oldPlacesIn(String district) {
        return olds.stream().filter(o -> o.district().equals(district)).toList();
    }

    /**
     * The place a text names: the best mention, narrowed by the diacritics typed, the unit word, the old district
     * named beside it, and "cũ" / "mới".
     */
    Found find(String text) {
        Tokens tokens = Tokens.of(text);
        List<Mention> mentions = names.mentions(tokens);
        boolean districtNamed = names.districts(tokens).stream().anyMatch(District::marked);
        Optional<Mention> best = mentions.stream().findFirst().or(() -> districtNamed ? Optional.empty() : bare(tokens));
        List<District> districts = names.districts(tokens).stream()
                .filter(d -> best.isEmpty() || d.end() <= best.get().start() || d.start() >= best.get().end())
                .toList();
        List<Named> named = best.map(m -> narrow(m, tokens, districts)).orElse(List.of());
        return new Found(tokens, best, named, districts);
    }

    /** A message that is only a (misspelt) name, with filler words around it. */
    private Optional<Mention> bare(Tokens tokens) {
        int from = 0;
        int to = tokens.size();
        while (from < to && PlaceWords.FILLER.contains(tokens.folded().get(from))) {
            from++;
        }
        while (to > from && (PlaceWords.FILLER.contains(tokens.folded().get(to - 1))
                || PlaceWords.isQuestionWord(tokens.folded().get(to - 1)))) {
            to--;
        }
        return names.whole(tokens, from, to);
    }

    private static List<Named> narrow(Mention mention, Tokens tokens, List<District> districts) {
        List<Named> named = mention.named();
        String typed = mention.typed().replace(" ", "");
        if (!VietnameseText.fold(typed).equals(typed)) {
            List<Named> spelled = named.stream().filter(n -> n.canonical().replace(" ", "").equals(typed)).toList();
            if (spelled.isEmpty() && mention.unitWord() == null) {
                // Typed with other diacritics and no "xã" before it: an ordinary word ("chưa" is not "Chư Á").
                return List.of();
            }
            named = spelled.isEmpty() ? named : spelled;
        }
        named = keepIfAny(named, n -> fitsUnitWord(n, mention.unitWord()));
        Set<String> districtNames = new LinkedHashSet<>();
        districts.forEach(d -> districtNames.add(d.name()));
        named = keepIfAny(named, n -> n.old() != null && districtNames.contains(n.old().district()));
        if (tokens.folded().contains("cu")) {
            named = keepIfAny(named, n -> n.old() != null);
        } else if (mention.end() < tokens.size() && tokens.folded().get(mention.end()).equals("moi")) {
            named = keepIfAny(named, n -> n.fresh() != null);
        }
        return named;
    }

    private static boolean fitsUnitWord(Named named, String unit) {
        if (unit == null) {
            return true;
        }
        String name = (named.old() != null ? named.old().name() : named.fresh().name()).toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "thitran", "tt" -> name.startsWith("thị trấn");
            case "phuong", "p" -> name.startsWith("phường");
            default -> name.startsWith("xã");
        };
    }

    private static List<Named> keepIfAny(List<Named> named, java.util.function.Predicate<Named> keep) {
        List<Named> kept = named.stream().filter(keep).toList();
        return kept.isEmpty() ? named : kept;
    }

    /** What {@link #find} found: the name, what it may mean, and the old districts named beside it. */
    record Found(Tokens tokens, Optional<Mention> mention, List<Named> named, List<District> districts) {

        List<OldPlace> olds() {
            return named.stream().map(Named::old).filter(o -> o != null).toList();
        }

        Optional<Commune> fresh() {
            return named.stream().map(Named::fresh).filter(c -> c != null).findFirst();
        }

        /** Every new commune it may mean, the named new unit first. */
        List<String> codes() {
            Set<String> codes = new LinkedHashSet<>();
            fresh().ifPresent(c -> codes.add(c.code()));
            olds().forEach(o -> codes.addAll(o.newCodes()));
            return List.copyOf(codes);
        }
    }
}
