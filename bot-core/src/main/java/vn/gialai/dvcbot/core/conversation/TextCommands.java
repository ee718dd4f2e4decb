package vn.gialai.dvcbot.core.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.gialai.dvcbot.core.text.VietnameseFolding;
import vn.gialai.dvcbot.core.texts.BotText;
import vn.gialai.dvcbot.core.texts.BotTexts;

/**
 * Recognises the short things citizens type that are not questions: a number picking a choice, "menu",
 * asking for a person, yes and no, and the cues of follow-ups like "giấy tờ" or "ở mô" about the entry they are
 * reading (which section they ask for; {@link Dialogue} decides with the matcher whether it is a follow-up). Everything
 * is compared folded (without diacritics), so "huong dan" works like "hướng dẫn".
 */
final class TextCommands {

    /** Follow-ups up to this long are plain follow-ups (see {@link SectionCue#shortMessage()}). */
    private static final int SHORT_FOLLOW_UP_WORDS = 10;

    private static final Pattern NUMBER = Pattern.compile("^(?:so|chon|chon so)?\\s*(\\d{1,2})$");

    /**
     * Words that carry no topic around a follow-up: politeness, particles (standard, Central dialect, chat
     * shorthand) and the verbs every procedure shares. What is left once they and the cue are gone decides
     * whether the citizen named a new topic.
     */
    private static final Set<String> FILLER = Set.copyOf(List.of(
            "a", "ah", "oi", "vay", "the", "thi", "sao", "nhe", "nha", "con", "cho", "hoi", "xin", "phan", "xem",
            "muon", "biet", "can", "va", "ntn", "z", "v", "ha", "ri", "rua", "ne", "nua", "lam", "de", "duoc", "dc",
            "khong", "ko", "k", "kh", "hong", "co", "minh", "em", "toi", "tui", "anh", "chi", "chu", "ad", "admin",
            "ban", "bac", "co", "nay", "ni", "do", "he", "hi", "hay", "roi", "r", "mat", "het", "ton", "phai", "vo",
            "cai", "nao", "gi", "j", "chi", "o", "tai", "den", "di", "toi", "luon", "ca", "moi", "thoi",
            "da", "ok", "oke", "dang", "nop", "ho", "so", "giup", "voi", "ah", "u", "uh", "the", "nhi", "nhiu", "tien",
            "bao", "nhieu", "ngay", "lau", "trong", "khi", "nhan", "ket", "qua", "ra", "sau", "thu", "tuc", "viec"));

    /**
     * Phrases that ask for one section of the entry being read, folded, as citizens type them: standard,
     * without diacritics, Central dialect ("ở mô", "răng") and chat shorthand ("bn", "j", "onl").
     */
    private static final Map<Section, List<String>> CUES = Map.of(
            Section.STEPS, List.of("cac buoc", "buoc lam", "buoc nao", "quy trinh", "cach lam", "trinh tu", "the nao",
                    "nhu the nao", "lam sao", "lam the nao", "ra sao", "ntn", "lam rang", "rang", "kieu gi",
                    "huong dan", "thu tuc sao"),
            Section.DOCUMENTS, List.of("giay to", "giay gi", "giay j", "giay chi", "ho so gom", "ho so gi",
                    "ho so can", "mang gi", "mang theo", "mang j", "chuan bi gi", "chuan bi j", "chuan bi nhung",
                    "can gi", "can j", "can chi", "giay to gi", "hs gom", "thu tuc giay", "nhung gi"),
            Section.FEES, List.of("le phi", "phi", "bao nhieu tien", "het bao nhieu", "bn tien", "het bn", "mat tien",
                    "ton tien", "tien", "bao lau", "may ngay", "bao nhieu ngay", "thoi gian", "khi nao co", "lau khong",
                    "lau ko", "bao gio co", "bao gio xong", "may bua", "bao nhieu", "mien phi", "gia bao nhieu", "gia tien"),
            Section.WHERE, List.of("o dau", "nop o dau", "noi nop", "cho nao", "o mo", "cho mo", "co quan nao",
                    "di dau", "den dau", "lam o dau", "noi nao", "nop dau", "lam dau", "nop mo", "lam mo", "odau",
                    "nop cho nao", "phong nao", "xa nao", "phuong nao"),
            Section.ONLINE, List.of("truc tuyen", "online", "onl", "onlin", "tren mang", "qua mang", "vneid",
                    "dich vu cong", "tren dien thoai", "qua dien thoai", "qua app", "tren app", "o nha", "tai nha",
                    "qua mang dc"));

    /** Chat shorthand in follow-ups, read as the words it stands for before looking for a cue. */
    private static final Map<String, String> SHORTHAND = Map.ofEntries(Map.entry("bn", "bao nhieu"),
            Map.entry("j", "gi"), Map.entry("ntn", "nhu the nao"), Map.entry("dc", "duoc"), Map.entry("lm", "lam"),
            Map.entry("ko", "khong"), Map.entry("k", "khong"), Map.entry("hk", "khong"), Map.entry("kh", "khong"),
            Map.entry("v", "vay"), Map.entry("z", "vay"), Map.entry("onl", "online"), Map.entry("hs", "ho so"),
            Map.entry("mn", "moi nguoi"), Map.entry("odau", "o dau"), Map.entry("t", "toi"), Map.entry("e", "em"));

    /** Every cue phrase as words, longest first: all of them are taken out of the rest of a follow-up. */
    private static final List<List<String>> CUE_WORDS = CUES.values().stream().flatMap(List::stream)
            .map(cue -> List.of(cue.split(" ")))
            .sorted(Comparator.comparingInt(cue -> -cue.size()))
            .toList();

    /**
     * A section asked for, and the words of the message that are neither the cue nor filler.
     *
     * @param shortMessage a few words only: a plain follow-up; a longer message may be a new question that happens
     *     to contain a cue ("… nộp ở đâu"), so the rest of it must not point at another entry at all
     */
    record SectionCue(Section section, String remainder, boolean shortMessage) {
    }

    private TextCommands() {
    }

    /** A bare number like "2", "số 2" or "2." as the citizen's pick. */
    static Optional<Integer> number(String text) {
        Matcher m = NUMBER.matcher(VietnameseFolding.foldWords(text));
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    // The phrases of "menu", asking for a person, cancelling, yes and no are knowledge-base data (phrases.* texts).

    static boolean isMenu(BotTexts texts, String text) {
        return texts.says(BotText.MENU_PHRASES, text);
    }

    static boolean isHandoff(BotTexts texts, String text) {
        return texts.says(BotText.HANDOFF_PHRASES, text);
    }

    static boolean isCancel(BotTexts texts, String text) {
        return texts.says(BotText.CANCEL_PHRASES, text);
    }

    static boolean isYes(BotTexts texts, String text) {
        return texts.says(BotText.YES_PHRASES, text);
    }

    static boolean isNo(BotTexts texts, String text) {
        return texts.says(BotText.NO_PHRASES, text);
    }

    /**
     * The section a short message asks for, if any: the longest cue phrase found (the leftmost among equals),
     * with the rest of the message minus filler.
     */
    static Optional<SectionCue> sectionCue(String text) {
        String[] typed = VietnameseFolding.foldWords(text).split(" ");
        List<String> words = Arrays.stream(typed).flatMap(w -> Arrays.stream(SHORTHAND.getOrDefault(w, w).split(" ")))
                .toList();
        Section found = null;
        int at = -1;
        int length = 0;
        for (Map.Entry<Section, List<String>> e : CUES.entrySet()) {
            for (String cue : e.getValue()) {
                List<String> cueWords = List.of(cue.split(" "));
                int i = Collections.indexOfSubList(words, cueWords);
                if (i >= 0 && (cueWords.size() > length || (cueWords.size() == length && i < at))) {
                    found = e.getKey();
                    at = i;
                    length = cueWords.size();
                }
            }
        }
        if (found == null) {
            return Optional.empty();
        }
        List<String> rest = new ArrayList<>(words);
        for (List<String> cue : CUE_WORDS) {
            int i;
            while ((i = Collections.indexOfSubList(rest, cue)) >= 0) {
                rest.subList(i, i + cue.size()).clear();
            }
        }
        return Optional.of(new SectionCue(found, rest.stream().filter(w -> !FILLER.contains(w))
                .collect(Collectors.joining(" ")), typed.length <= SHORT_FOLLOW_UP_WORDS));
    }
}
