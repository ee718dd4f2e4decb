package vn.gialai.dvcbot.core.conversation;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.gialai.dvcbot.core.text.VietnameseFolding;

/**
 * Recognises the short things citizens type that are not questions: a number picking a choice, "menu",
 * asking for a person, and follow-ups like "giấy tờ" or "ở mô" about the entry they are reading. Everything
 * is compared folded (without diacritics), so "huong dan" works like "hướng dẫn".
 */
final class TextCommands {

    private static final Pattern NUMBER = Pattern.compile("^(?:so|chon|chon so)?\\s*(\\d{1,2})$");

    private static final Set<String> MENU = Set.of(
            "menu", "huong dan", "bat dau", "start", "trang chu", "danh sach", "chu de", "help", "tro giup",
            "xem menu", "ve menu", "ve danh sach chu de", "menu chinh");

    private static final Set<String> HANDOFF = Set.of(
            "gap tinh nguyen vien", "tinh nguyen vien", "volunteer", "gap nguoi that", "nguoi that", "tnv", "gap tnv",
            "cho gap tinh nguyen vien", "toi muon gap tinh nguyen vien", "muon gap tinh nguyen vien",
            "gap nguoi ho tro", "can nguoi ho tro", "noi chuyen voi nguoi that");

    /** Giving up a request for a person while waiting. */
    private static final Set<String> CANCEL = Set.of(
            "huy", "huy yeu cau", "huy bo", "cancel", "thoi", "thoi khong can", "thoi khong can nua", "khong can nua",
            "khong can", "ko can nua", "k can nua", "huy gap tinh nguyen vien");

    /** "Yes" as citizens type it, to accept an offer. */
    private static final Set<String> YES = Set.of(
            "co", "co a", "da co", "vang", "vang a", "da", "da vang", "ok", "oke", "okay", "uh", "u", "um", "dong y",
            "co chu", "muon", "co muon", "toi muon", "yes", "duoc", "duoc a", "gap", "co gap");

    /** Words that add politeness or filler around a follow-up ("còn giấy tờ thì sao ạ"). */
    private static final Set<String> FILLER = Set.of(
            "a", "ah", "oi", "vay", "the", "thi", "sao", "nhe", "nha", "con", "cho", "hoi", "xin", "phan",
            "xem", "muon", "biet", "can", "va", "ntn", "z", "v", "ha", "ri", "rua", "ne", "nua", "lam", "de");

    private static final Map<Section, Set<String>> FOLLOW_UPS = Map.of(
            Section.STEPS, Set.of("cac buoc", "buoc", "buoc lam", "quy trinh", "cach lam", "trinh tu", "the nao",
                    "nhu the nao", "lam sao", "lam the nao", "ra sao"),
            Section.DOCUMENTS, Set.of("giay to", "giay to gi", "giay to can chuan bi", "ho so", "ho so gom",
                    "ho so gi", "gi", "j", "mang gi", "mang theo gi", "chuan bi gi", "giay gi", "giay to chi"),
            Section.FEES, Set.of("le phi", "phi", "le phi va thoi gian", "bao nhieu tien", "het bao nhieu",
                    "bao nhieu", "ton bao nhieu", "mat phi", "bao lau", "mat bao lau", "thoi gian", "may ngay",
                    "bao nhieu ngay", "khi nao co", "lau khong", "tien"),
            Section.WHERE, Set.of("o dau", "nop o dau", "noi nop", "cho nao", "o mo", "nop o mo", "co quan nao",
                    "di dau", "den dau", "dau", "mo", "lam o dau", "cho mo"),
            Section.ONLINE, Set.of("truc tuyen", "lam truc tuyen", "online", "tren mang", "qua mang", "nop online",
                    "vneid", "dich vu cong", "tren dien thoai", "nop truc tuyen", "qua dien thoai"));

    private TextCommands() {
    }

    /** A bare number like "2", "số 2" or "2." as the citizen's pick. */
    static Optional<Integer> number(String text) {
        Matcher m = NUMBER.matcher(VietnameseFolding.foldWords(text));
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    static boolean isMenu(String text) {
        return MENU.contains(VietnameseFolding.foldWords(text));
    }

    static boolean isHandoff(String text) {
        return HANDOFF.contains(VietnameseFolding.foldWords(text));
    }

    static boolean isCancel(String text) {
        return CANCEL.contains(VietnameseFolding.foldWords(text));
    }

    static boolean isYes(String text) {
        return YES.contains(VietnameseFolding.foldWords(text));
    }

    /** A short follow-up about the entry being read, once filler words are set aside. */
    static Optional<Section> followUp(String text) {
        String folded = VietnameseFolding.foldWords(text);
        if (folded.length() > 40) {
            return Optional.empty();
        }
        String core = Arrays.stream(folded.split(" "))
                .filter(word -> !FILLER.contains(word))
                .collect(Collectors.joining(" "));
        for (Map.Entry<Section, Set<String>> e : FOLLOW_UPS.entrySet()) {
            if (e.getValue().contains(core) || e.getValue().contains(folded)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }
}
