package vn.gialai.dvcbot.kb.communes;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.gialai.dvcbot.core.handoff.Commune;
import vn.gialai.dvcbot.core.places.PlaceChoice;
import vn.gialai.dvcbot.core.places.PlaceDirectory;
import vn.gialai.dvcbot.core.places.PlaceReply;
import vn.gialai.dvcbot.kb.communes.CommuneDirectory.Found;
import vn.gialai.dvcbot.kb.communes.PlaceNames.District;
import vn.gialai.dvcbot.kb.communes.PlaceNames.Mention;
import vn.gialai.dvcbot.kb.communes.PlaceNames.Tokens;

/**
 * Answers place questions in the conversation. A message counts as one when it names a place and either asks
 * what it is now ("giờ là xã nào", "sáp nhập", "địa chỉ mới"), asks for its desk or volunteers with few other
 * words, or is little more than the name. A procedure question that merely names a commune ("tôi ở xã Ia Grai,
 * làm khai sinh cần gì") has too many words of its own and goes on to the procedures.
 */
// Over 250 lines on purpose: the one grammar of place questions; its parts only make sense together.
final class PlaceQuestions implements PlaceDirectory {

    /** A place question is short; a long message is about something else and not worth the lookup. */
    private static final int MAX_CHARS = 300;
    private static final int OTHER_WORDS_WITH_QUESTION = 6;
    private static final int OTHER_WORDS_WITH_HINT = 1;
    private static final int SESSIONS_SHOWN = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
    private static final Set<String> TRIGGER_WORDS = new HashSet<>();

    static {
        for (List<String> phrases : List.of(PlaceWords.ADDRESS, PlaceWords.ADDRESS_HINTS, PlaceWords.DESK,
                PlaceWords.TEAM, PlaceWords.SATURDAY)) {
            phrases.forEach(p -> TRIGGER_WORDS.addAll(List.of(p.split(" "))));
        }
    }

    private final CommuneDirectory directory;
    private final Supplier<TeamSessions> teams;

    PlaceQuestions(CommuneDirectory directory, Supplier<TeamSessions> teams) {
        this.directory = directory;
        this.teams = teams;
    }

    @Override
    public Optional<PlaceReply> answer(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_CHARS) {
            return Optional.empty();
        }
        Found found = directory.find(text);
        String folded = found.tokens().joinedFolded();
        if (PlaceWords.has(folded, PlaceWords.PERSON)) {
            return Optional.empty();
        }
        Intent intent = new Intent(PlaceWords.has(folded, PlaceWords.ADDRESS),
                PlaceWords.has(folded, PlaceWords.ADDRESS_HINTS), PlaceWords.has(folded, PlaceWords.DESK),
                PlaceWords.has(folded, PlaceWords.TEAM), PlaceWords.has(folded, PlaceWords.SATURDAY));
        int other = otherWords(found);
        if (found.mention().isEmpty() || found.named().isEmpty()) {
            return withoutCommune(found, intent, other);
        }
        if (!asksAboutPlace(found, intent, other)) {
            return Optional.empty();
        }
        return Optional.of(reply(found, intent));
    }

    private record Intent(boolean address, boolean hint, boolean desk, boolean team, boolean saturday) {

        boolean any() {
            return address || hint || desk || team;
        }
    }

    private static boolean asksAboutPlace(Found found, Intent intent, int other) {
        if (intent.address()) {
            return other <= OTHER_WORDS_WITH_QUESTION;
        }
        Mention mention = found.mention().get();
        if (intent.any()) {
            // "trung tâm hành chính công ở Pleiku" asks for the provincial centre, not the ward's desk.
            boolean named = mention.unitWord() != null || found.fresh().isEmpty() && mention.end() - mention.start() >= 2;
            return named && other <= OTHER_WORDS_WITH_HINT;
        }
        boolean plainName = mention.unitWord() != null || mention.end() - mention.start() >= 2
                || found.tokens().size() <= 3;
        // "Biển Hồ Pleiku đi đường nào" asks the way, not the address: only filler may stand around a bare name.
        return plainName && otherWords(found, PlaceWords.FILLER::contains) == 0;
    }

    private Optional<PlaceReply> withoutCommune(Found found, Intent intent, int other) {
        Optional<District> district = found.districts().stream().filter(District::marked).findFirst();
        if (district.isPresent() && (intent.address() || intent.hint()) && other <= OTHER_WORDS_WITH_HINT) {
            List<Commune> now = directory.oldPlacesIn(district.get().name()).stream()
                    .flatMap(o -> o.newCodes().stream()).distinct()
                    .map(directory::commune).flatMap(Optional::stream).toList();
            return Optional.of(new PlaceReply(false, PlaceTexts.district(district.get().name(), now), List.of()));
        }
        if (intent.address() && other <= OTHER_WORDS_WITH_QUESTION) {
            return unknownName(found.tokens()).map(typed -> new PlaceReply(false, PlaceTexts.unknown(typed),
                    List.of(new PlaceChoice("handoff", PlaceTexts.LABEL_HANDOFF))));
        }
        return Optional.empty();
    }

    /** The words after "xã", "phường" or "thị trấn" that are no known name, as typed. */
    private static Optional<String> unknownName(Tokens tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String unit = PlaceNames.unitBefore(tokens, i);
            if (unit == null || PlaceNames.isDistrictWord(unit)) {
                continue;
            }
            int end = i;
            while (end < tokens.size() && end - i < 4 && !PlaceWords.FILLER.contains(tokens.folded().get(end))
                    && !PlaceWords.isQuestionWord(tokens.folded().get(end))) {
                end++;
            }
            if (end > i) {
                return Optional.of(String.join(" ", tokens.canonical().subList(i, end)));
            }
        }
        return Optional.empty();
    }

    private PlaceReply reply(Found found, Intent intent) {
        List<String> codes = found.codes();
        List<OldPlace> olds = found.olds();
        Optional<Commune> fresh = found.fresh();
        if (intent.desk() || intent.team()) {
            if (codes.size() == 1) {
                return intent.desk() ? desk(codes.get(0), intent.saturday()) : team(codes.get(0));
            }
            String kind = intent.desk() ? "desk" : "team";
            List<PlaceChoice> choices = codes.stream().map(directory::commune).flatMap(Optional::stream)
                    .map(c -> new PlaceChoice(CHOICE_PREFIX + kind + ":" + c.code(), c.name())).toList();
            return new PlaceReply(true, PlaceTexts.ask(found.mention().get().typed()), choices);
        }
        if (olds.isEmpty() && fresh.isPresent()) {
            return fresh(fresh.get());
        }
        boolean oneOld = olds.size() == 1 && (fresh.isEmpty() || olds.get(0).newCodes().contains(fresh.get().code()));
        if (oneOld) {
            return old(olds.get(0));
        }
        List<PlaceChoice> choices = new ArrayList<>();
        olds.forEach(o -> choices.add(new PlaceChoice(CHOICE_PREFIX + "old:" + o.id(),
                o.name() + " – " + PlaceWords.inSentence(o.district()))));
        fresh.ifPresent(c -> choices.add(new PlaceChoice(CHOICE_PREFIX + "new:" + c.code(), c.name() + " (mới)")));
        return new PlaceReply(true, PlaceTexts.ask(found.mention().get().typed()), choices);
    }

    @Override
    public Optional<PlaceReply> choose(String choiceId) {
        if (choiceId == null || !choiceId.startsWith(CHOICE_PREFIX)) {
            return Optional.empty();
        }
        String[] parts = choiceId.substring(CHOICE_PREFIX.length()).split(":", 2);
        if (parts.length != 2) {
            return Optional.empty();
        }
        return switch (parts[0]) {
            case "old" -> parts[1].matches("\\d{1,4}")
                    ? Optional.ofNullable(directory.old(Integer.parseInt(parts[1]))).map(this::old) : Optional.empty();
            case "new" -> directory.commune(parts[1]).map(this::fresh);
            case "desk" -> directory.commune(parts[1]).map(c -> desk(c.code(), false));
            case "team" -> directory.commune(parts[1]).map(c -> team(c.code()));
            default -> Optional.empty();
        };
    }

    @Override
    public List<String> newCodesOf(String answer) {
        return answer == null ? List.of() : directory.formerNameCodes(answer);
    }

    private PlaceReply old(OldPlace old) {
        List<Commune> now = old.newCodes().stream().map(directory::commune).flatMap(Optional::stream).toList();
        if (old.split()) {
            List<PlaceChoice> choices = new ArrayList<>();
            now.forEach(c -> choices.add(new PlaceChoice(CHOICE_PREFIX + "new:" + c.code(), c.name())));
            choices.add(new PlaceChoice("handoff", PlaceTexts.LABEL_HANDOFF));
            return new PlaceReply(false, PlaceTexts.split(old, now), choices);
        }
        Commune commune = now.get(0);
        String text = PlaceTexts.old(old, commune, directory.former(commune.code())) + "\n"
                + PlaceTexts.deskLine(commune, directory.desk(commune.code())) + "\n" + teamLine(commune);
        return new PlaceReply(false, text, followUps(commune));
    }

    private PlaceReply fresh(Commune commune) {
        String text = PlaceTexts.fresh(commune, directory.former(commune.code())) + "\n"
                + PlaceTexts.deskLine(commune, directory.desk(commune.code())) + "\n" + teamLine(commune);
        return new PlaceReply(false, text, followUps(commune));
    }

    private PlaceReply desk(String code, boolean saturday) {
        Commune commune = directory.commune(code).orElseThrow();
        return new PlaceReply(false, PlaceTexts.desk(commune, directory.desk(code), saturday),
                List.of(new PlaceChoice(CHOICE_PREFIX + "team:" + code, "Đội tình nguyện " + commune.name())));
    }

    private PlaceReply team(String code) {
        Commune commune = directory.commune(code).orElseThrow();
        return new PlaceReply(false, teamLine(commune), List.of(
                new PlaceChoice(CHOICE_PREFIX + "desk:" + code, "Bộ phận một cửa " + commune.name()),
                new PlaceChoice("handoff", PlaceTexts.LABEL_HANDOFF)));
    }

    private String teamLine(Commune commune) {
        TeamSessions sessions = teams.get();
        String team = sessions.teamName(commune.code())
                .orElse("Đội thanh niên tình nguyện " + PlaceWords.inSentence(commune.name()));
        List<TeamSession> next = sessions.next(commune.code(), SESSIONS_SHOWN);
        if (next.isEmpty()) {
            return team + ": chưa có lịch hỗ trợ sắp tới. Bà con chọn “" + PlaceTexts.LABEL_HANDOFF
                    + "” để nhắn với tình nguyện viên trực tuyến.";
        }
        List<String> lines = new ArrayList<>();
        for (TeamSession s : next) {
            lines.add("• " + s.kind() + ": " + DAY.format(s.date()) + ", " + s.from() + "–" + s.to() + " tại "
                    + s.place());
        }
        return team + " – lịch hỗ trợ sắp tới:\n" + String.join("\n", lines);
    }

    private static List<PlaceChoice> followUps(Commune commune) {
        return List.of(new PlaceChoice(CHOICE_PREFIX + "desk:" + commune.code(), "Bộ phận một cửa " + commune.name()),
                new PlaceChoice(CHOICE_PREFIX + "team:" + commune.code(), "Đội tình nguyện " + commune.name()));
    }

    /** Words of the message that are neither the place, nor filler, nor part of a place question. */
    private static int otherWords(Found found) {
        return otherWords(found, PlaceQuestions::isNeutral);
    }

    private static int otherWords(Found found, java.util.function.Predicate<String> neutral) {
        Tokens tokens = found.tokens();
        boolean[] covered = new boolean[tokens.size()];
        found.mention().ifPresent(m -> cover(covered, m.start() - PlaceNames.unitLength(m.unitWord()), m.end()));
        for (District d : found.districts()) {
            cover(covered, d.start() - (d.marked() ? PlaceNames.unitLength(PlaceNames.unitBefore(tokens, d.start())) : 0),
                    d.end());
        }
        int other = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!covered[i] && !neutral.test(tokens.folded().get(i))) {
                other++;
            }
        }
        return other;
    }

    private static void cover(boolean[] covered, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            covered[i] = true;
        }
    }

    private static boolean isNeutral(String word) {
        return PlaceWords.FILLER.contains(word) || PlaceWords.QUESTION.contains(word) || TRIGGER_WORDS.contains(word)
                || word.chars().allMatch(Character::isDigit);
    }
}
