package vn.gialai.dvcbot.kb.communes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gialai.dvcbot.core.handoff.Commune;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.kb.normalize.VietnameseText;

/**
 * Finds place names in what citizens type: old and new commune names and old district names, compared without
 * diacritics and spaces ("dieu tri", "Diêu Trì", "dieutri"), with a typo or two in a name that follows "xã",
 * "phường" or "thị trấn", or that is the whole message.
 */
final class PlaceNames {

    /** Names have at most 3 syllables ("Tuy Phước Đông"); 4 leaves room for a space typed inside one. */
    private static final int LONGEST_NAME = 4;
    /** A whole message is read as a misspelt name only from this length on: shorter words are too alike. */
    private static final int BARE_TYPO_MIN_LENGTH = 6;

    /** A name as the index knows it: an old unit or a new one. */
    record Named(String canonical, OldPlace old, Commune fresh) {
    }

    /**
     * Where a commune name stands in the tokens.
     *
     * @param unitWord the folded unit word before it ("xa", "phuong", "thitran"…), or null
     * @param distance 0 when exact, else the edit distance of a tolerated typo
     */
    record Mention(int start, int end, List<Named> named, String unitWord, int distance, String typed) {
    }

    /** The words of a message, canonical (with diacritics) and folded. */
    record Tokens(List<String> canonical, List<String> folded) {

        static Tokens of(String text) {
            List<String> canonical = VietnameseText.tokens(text);
            return new Tokens(canonical, canonical.stream().map(VietnameseText::fold).toList());
        }

        int size() {
            return folded.size();
        }

        String key(int from, int to) {
            return String.join("", folded.subList(from, to));
        }

        String joinedFolded() {
            return String.join(" ", folded);
        }
    }

    private final Map<String, List<Named>> byKey = new HashMap<>();
    /** The keys by length, so a typo is only compared with names of about its length. */
    private final Map<Integer, List<String>> keysByLength = new HashMap<>();
    private final Map<String, String> districts = new HashMap<>();

    PlaceNames(List<Commune> communes, List<OldPlace> olds, List<CommuneData.Alias> aliases) {
        for (Commune commune : communes) {
            add(new Named(VietnameseText.canonical(PlaceWords.core(commune.name())), null, commune));
        }
        for (OldPlace old : olds) {
            add(new Named(VietnameseText.canonical(PlaceWords.core(old.name())), old, null));
            districts.putIfAbsent(key(PlaceWords.core(old.district())), old.district());
            aliases.stream().filter(a -> a.oldName().equals(old.name()) && a.district().equals(old.district()))
                    .forEach(a -> add(new Named(VietnameseText.canonical(PlaceWords.core(a.alias())), old, null)));
        }
        byKey.keySet().forEach(k -> keysByLength.computeIfAbsent(k.length(), n -> new ArrayList<>()).add(k));
    }

    private void add(Named named) {
        byKey.computeIfAbsent(named.canonical().replace(" ", "").transform(VietnameseText::fold),
                k -> new ArrayList<>()).add(named);
    }

    static String key(String name) {
        return VietnameseText.fold(VietnameseText.canonical(name)).replace(" ", "");
    }

    /** The commune names in the tokens, best first: after a unit word, longer, exact, earlier. */
    List<Mention> mentions(Tokens tokens) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String unit = unitBefore(tokens, i);
            if (isDistrictWord(unit) || i > 0 && tokens.folded().get(i - 1).equals("tinh")) {
                continue;
            }
            Optional<Mention> exact = exact(tokens, i, unit);
            if (exact.isPresent()) {
                found.add(exact.get());
            } else if (unit != null && !PlaceWords.isQuestionWord(tokens.folded().get(i))) {
                closest(tokens, i, unit).ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparing((Mention m) -> m.unitWord() == null)
                .thenComparing(m -> -(m.end() - m.start()))
                .thenComparingInt(Mention::distance)
                .thenComparingInt(Mention::start));
        return found;
    }

    private Optional<Mention> exact(Tokens tokens, int start, String unit) {
        for (int end = Math.min(tokens.size(), start + LONGEST_NAME); end > start; end--) {
            List<Named> named = byKey.get(tokens.key(start, end));
            if (named != null) {
                return Optional.of(new Mention(start, end, named, unit, 0, typed(tokens, start, end)));
            }
        }
        return Optional.empty();
    }

    /** The whole of these tokens as one name with a typo or two (a message that is just a name). */
    Optional<Mention> whole(Tokens tokens, int from, int to) {
        if (to - from <= 0 || to - from > LONGEST_NAME || tokens.key(from, to).length() < BARE_TYPO_MIN_LENGTH) {
            return Optional.empty();
        }
        return fuzzy(tokens, from, to, null).filter(m -> m.distance() <= 1);
    }

    /** The display name of an old district named at these tokens ("tuy phuoc" → "Huyện Tuy Phước"). */
    Optional<String> district(Tokens tokens, int from, int to) {
        return Optional.ofNullable(districts.get(tokens.key(from, to)));
    }

    /** Old districts named anywhere in the tokens outside the given span, as display names. */
    List<District> districts(Tokens tokens) {
        List<District> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (int end = Math.min(tokens.size(), i + 4); end > i; end--) {
                Optional<String> district = district(tokens, i, end);
                if (district.isPresent()) {
                    found.add(new District(i, end, district.get(), isDistrictWord(unitBefore(tokens, i))));
                    break;
                }
            }
        }
        return found;
    }

    /** An old district named in a message; {@code marked} when "huyện", "thị xã" or "thành phố" stands before it. */
    record District(int start, int end, String name, boolean marked) {
    }

    private Optional<Mention> closest(Tokens tokens, int start, String unit) {
        Optional<Mention> best = Optional.empty();
        for (int end = start + 1; end <= Math.min(tokens.size(), start + LONGEST_NAME - 1); end++) {
            Optional<Mention> candidate = fuzzy(tokens, start, end, unit);
            if (candidate.isPresent() && (best.isEmpty() || candidate.get().distance() < best.get().distance())) {
                best = candidate;
            }
        }
        return best;
    }

    private Optional<Mention> fuzzy(Tokens tokens, int from, int to, String unit) {
        String key = tokens.key(from, to);
        int allowed = key.length() <= 4 ? 0 : key.length() <= 7 ? 1 : 2;
        int best = allowed + 1;
        List<Named> named = new ArrayList<>();
        for (int length = key.length() - allowed; length <= key.length() + allowed; length++) {
            for (String candidate : keysByLength.getOrDefault(length, List.of())) {
                int distance = Communes.distance(key, candidate);
                if (distance < best) {
                    best = distance;
                    named.clear();
                }
                if (distance == best && distance <= allowed) {
                    named.addAll(byKey.get(candidate));
                }
            }
        }
        return named.isEmpty() ? Optional.empty()
                : Optional.of(new Mention(from, to, List.copyOf(named), unit, best, typed(tokens, from, to)));
    }

    private static String typed(Tokens tokens, int from, int to) {
        return String.join(" ", tokens.canonical().subList(from, to));
    }

    /** The unit word right before token {@code i}, folded and joined ("thitran", "thixa"), or null. */
    static String unitBefore(Tokens tokens, int i) {
        List<String> f = tokens.folded();
        if (i >= 2) {
            String two = f.get(i - 2) + f.get(i - 1);
            if (two.equals("thitran") || two.equals("thixa") || two.equals("thanhpho")) {
                return two;
            }
        }
        boolean unitWord = i >= 1 && (PlaceWords.COMMUNE_WORDS.contains(f.get(i - 1))
                || PlaceWords.DISTRICT_WORDS.contains(f.get(i - 1)));
        if (unitWord) {
            return f.get(i - 1);
        }
        return null;
    }

    static boolean isDistrictWord(String unit) {
        return unit != null && PlaceWords.DISTRICT_WORDS.contains(unit);
    }

    /** How many tokens the unit word before a name takes. */
    static int unitLength(String unit) {
        return unit == null ? 0 : unit.equals("thitran") || unit.equals("thixa") || unit.equals("thanhpho") ? 2 : 1;
    }
}
