package vn.gialai.dvcbot.core.conversation;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.gialai.dvcbot.core.text.VietnameseFolding;

/**
 * The one part of a procedure a first question already asks for ("lệ phí làm hộ chiếu bao nhiêu", "làm căn cước ở
 * mô"), so the bot opens that section at once instead of the summary.
 *
 * <p>Stricter than the follow-up cues of {@link TextCommands}: in a follow-up the entry is settled and "bao nhiêu"
 * or "tiền" can only ask about it; in a first question such words are often part of the topic itself ("được
 * bao nhiêu tiền trợ cấp", "tiền sử dụng đất", "căn cước có giá trị bao lâu", "trong mấy ngày phải khai sinh"),
 * whose answer is in the summary. So only phrases that ask for the cost, the waiting time, the place, the papers
 * or the online way unambiguously count, and a cost phrase right after "được", "hưởng", "nhận", "lãnh" or "rút"
 * (money the citizen receives) does not. A cue that the entry's own title holds ("Thanh toán phí, lệ phí trực
 * tuyến") names the topic, not a part of it. "How" questions get the summary, which starts with the steps.
 */
final class AskedSection {

    /** Folded, as citizens type them (standard, Central dialect, chat shorthand after {@link #SHORTHAND}). */
    private static final Map<Section, List<String>> CUES = Map.of(
            Section.DOCUMENTS, List.of("giay to gi", "giay to nao", "giay to can", "can giay to", "can nhung giay",
                    "can giay gi", "ho so gom", "ho so can", "ho so gi", "chuan bi gi", "chuan bi nhung gi",
                    "can chuan bi", "mang theo", "mang gi", "can mang", "can gi", "can chi"),
            Section.FEES, List.of("le phi", "phi bao nhieu", "mien phi", "mat phi", "mat tien", "ton tien",
                    "het tien", "bao nhieu tien", "het bao nhieu", "mat bao nhieu", "ton bao nhieu", "mat bao lau",
                    "bao lau thi co", "bao lau co", "bao lau thi xong", "bao lau xong", "lau khong",
                    "mat may ngay", "may ngay thi co", "may ngay co", "may ngay xong", "bao nhieu ngay thi co",
                    "mat bao nhieu ngay", "bao gio co", "bao gio xong", "khi nao co", "thoi gian giai quyet",
                    "may bua"),
            Section.WHERE, List.of("o dau", "nop o dau", "lam o dau", "nop dau", "lam dau", "noi nop", "o mo",
                    "cho mo", "nop mo", "lam mo", "nop cho nao", "lam cho nao", "co quan nao"),
            Section.ONLINE, List.of("truc tuyen", "online", "tren mang", "qua mang", "tren dien thoai",
                    "qua dien thoai", "qua app", "tren app"));

    /** Chat shorthand read as words first ("bn" = bao nhiêu, "j" = gì, "onl" = online…). */
    private static final Map<String, String> SHORTHAND = Map.of("bn", "bao nhieu", "j", "gi", "onl", "online",
            "odau", "o dau", "hs", "ho so", "ko", "khong", "k", "khong", "hk", "khong", "lm", "lam");

    /** Money the citizen receives, not a cost: "được bao nhiêu tiền", "lãnh bao nhiêu tiền". */
    private static final Set<String> RECEIVES = Set.of("duoc", "huong", "nhan", "lanh", "rut");
    private static final int RECEIVES_BEFORE = 3;

    private AskedSection() {
    }

    /** The section the question asks for, if one cue of it is found (the longest; the leftmost among equals). */
    static Optional<Section> of(String question, String entryTitle) {
        List<String> words = words(question);
        List<String> title = words(entryTitle);
        Section found = null;
        int at = -1;
        int length = 0;
        for (Map.Entry<Section, List<String>> e : CUES.entrySet()) {
            for (String cue : e.getValue()) {
                List<String> cueWords = List.of(cue.split(" "));
                int i = Collections.indexOfSubList(words, cueWords);
                boolean better = cueWords.size() > length || (cueWords.size() == length && i < at);
                if (i >= 0 && better && !title.containsAll(cueWords)
                        && !(e.getKey() == Section.FEES && receives(words, i))) {
                    found = e.getKey();
                    at = i;
                    length = cueWords.size();
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean receives(List<String> words, int cueAt) {
        return words.subList(Math.max(0, cueAt - RECEIVES_BEFORE), cueAt).stream().anyMatch(RECEIVES::contains);
    }

    private static List<String> words(String text) {
        return Arrays.stream(VietnameseFolding.foldWords(text).split(" "))
                .flatMap(w -> Arrays.stream(SHORTHAND.getOrDefault(w, w).split(" ")))
                .toList();
    }
}
