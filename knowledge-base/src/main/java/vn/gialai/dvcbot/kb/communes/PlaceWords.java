package vn.gialai.dvcbot.kb.communes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words around place names, folded (no diacritics): unit words, filler, and the phrases that make a message
 * a question about an address, a one-stop desk or a volunteer team.
 */
final class PlaceWords {

    /** Words that only name the kind of unit; stripped from names ("Thị Trấn Diêu Trì" → "Diêu Trì"). */
    private static final Pattern UNIT_PREFIX = Pattern.compile("(?iu)^(xã|phường|thị trấn|huyện|thị xã|thành phố)\\s+");

    static final Set<String> COMMUNE_WORDS = Set.of("xa", "x", "phuong", "p", "tt", "thitran");
    static final Set<String> DISTRICT_WORDS = Set.of("huyen", "h", "tx", "tp", "thixa", "thanhpho");

    /** Words that say nothing of their own around a place name ("tôi ở xã … ạ"). */
    static final Set<String> FILLER = words("o tai toi tui em con chau minh nha dang song que thuoc la dia chi ben xa x phuong p tt thi "
            + "tran "
            + " huyen h tx tp thanh pho tinh gia lai binh dinh cu moi a ah ak nhe vay do oi ad admin ve hoi cho "
            + " va voi cua thon to lang buon plei xom ap khu so cai nay ne day de giup xin bot ban anh ba ong "
            + " co chu bac di ghi tren giay khi");

    /** Question words that may stand around a place name in a question about it. */
    static final Set<String> QUESTION = words("dau nao gi mo rang khong ko k hong hem co lam viec may gio thu bay chu nhat sang chieu "
            + "tuan "
            + " ngay mai ai ho tro nguoi lich the sao ra duoc dc duong so dien thoai sdt bang hien truoc bi roi "
            + " chua con nua ten nhu cua t7 cn ban do map chi nay tai sau khi lien he");

    /** A clear question about what an old place is now; answered even with a few other words around. */
    static final List<String> ADDRESS = List.of("gio la", "bay gio la", "nay la", "hien nay la", "gio thuoc",
            "nay thuoc", "gio o", "thuoc xa nao", "thuoc phuong nao", "xa nao", "phuong nao", "xa gi", "phuong gi",
            "xa mo", "phuong mo", "la mo", "thuoc mo", "ten moi", "doi ten", "dia chi moi", "ghi dia chi",
            "viet dia chi", "ghi the nao", "nhap vao", "sap nhap", "sat nhap", "sap xep", "gop vao", "gop voi",
            "gop thanh", "xa moi", "phuong moi", "thuoc dau", "giai the", "la xa", "la phuong");

    /** Words that hint at an address question only in a short message ("Phước Lộc cũ?"). */
    static final List<String> ADDRESS_HINTS = List.of("cu", "moi", "truoc day", "dia chi", "con khong");

    static final List<String> DESK = List.of("mot cua", "bo phan mot cua", "hanh chinh cong", "trung tam phuc vu",
            "tiep nhan va tra ket qua", "ubnd", "uy ban", "tru so", "gio lam viec", "lam viec", "mo cua");

    static final List<String> TEAM = List.of("tinh nguyen", "tinh nguyen vien", "tnv", "doan thanh nien",
            "ai ho tro", "nguoi ho tro", "co ai", "chu nhat xanh", "thu bay tinh nguyen", "doi hinh", "lich ho tro",
            "doi tinh nguyen", "thanh nien");

    /** Asking for a person is the handoff's, even with a place in it ("gặp tình nguyện viên, tôi ở xã …"). */
    static final List<String> PERSON = List.of("gap tinh nguyen", "gap tnv", "gap nguoi", "noi chuyen voi",
            "gap can bo", "gap nhan vien", "nguoi that");

    static final List<String> SATURDAY = List.of("thu bay", "t7", "cuoi tuan", "thu 7");

    private static final Set<String> ADDRESS_WORDS = words("gio la nay hien thuoc moi cu ten doi dia chi ghi viet "
            + "nhap sap sat xep gop vao voi thanh dau giai the truoc day con o");

    private PlaceWords() {
    }

    private static Set<String> words(String spaced) {
        return Set.copyOf(Arrays.asList(spaced.strip().split("\\s+")));
    }

    /** A word of a question ("nào", "mới", "ở"), which never starts a place name. */
    static boolean isQuestionWord(String folded) {
        return QUESTION.contains(folded) || ADDRESS_WORDS.contains(folded);
    }

    /** "Thị Trấn Diêu Trì" → "Diêu Trì". */
    static String core(String name) {
        return UNIT_PREFIX.matcher(name.strip()).replaceFirst("");
    }

    /** "Thị Trấn Diêu Trì" → "Thị trấn Diêu Trì": the unit word as Vietnamese writes it at a start. */
    static String proper(String name) {
        String sentence = inSentence(name);
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** "Thị Trấn Diêu Trì" → "thị trấn Diêu Trì", as a name is written inside a sentence. */
    static String inSentence(String name) {
        String core = core(name);
        String unit = name.strip().substring(0, name.strip().length() - core.length()).strip();
        return unit.isEmpty() ? core : unit.toLowerCase(Locale.ROOT) + " " + core;
    }

    /** Whether the folded text (words joined by single spaces) contains one of the phrases as whole words. */
    static boolean has(String folded, List<String> phrases) {
        String padded = " " + folded + " ";
        return phrases.stream().anyMatch(p -> padded.contains(" " + p + " "));
    }
}
