package vn.gialai.dvcbot.kb.communes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gialai.dvcbot.core.handoff.Commune;

/** What the bot says about places, in Vietnamese for citizens. */
final class PlaceTexts {

    static final String PROVINCE = "tỉnh Gia Lai";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static final String PROVINCIAL_CENTRE = """
            Trung tâm Phục vụ hành chính công tỉnh Gia Lai có 2 cơ sở: 127 Hai Bà Trưng, phường Quy Nhơn và \
            69 Hùng Vương, phường Pleiku; nộp hồ sơ ở trung tâm nào trong tỉnh cũng được (không cần đúng xã mình ở). \
            Bà con cũng có thể nộp trực tuyến trên dichvucong.gov.vn.""";

    static final String LABEL_HANDOFF = "Gặp tình nguyện viên";

    private PlaceTexts() {
    }

    static String old(OldPlace old, Commune now, List<CommuneDirectory.Former> madeOf) {
        return where(old) + " từ ngày 1/7/2025 thuộc " + PlaceWords.inSentence(now.name()) + ", " + PROVINCE + ".\n"
                + madeOf(now, madeOf) + "\n" + howToWrite(now);
    }

    static String split(OldPlace old, List<Commune> parts) {
        List<String> names = parts.stream().map(c -> PlaceWords.inSentence(c.name())).toList();
        return where(old) + " được chia cho " + parts.size() + " đơn vị mới của " + PROVINCE + ": một phần nhập vào "
                + String.join(", một phần nhập vào ", names) + ".\n"
                + "Tôi chưa có danh sách thôn, làng của từng phần, nên chưa nói chắc được nhà bà con thuộc xã nào. "
                + "Bà con hỏi UBND hoặc bộ phận một cửa của một trong hai xã, hoặc xem thông báo của xã về địa bàn "
                + "thôn, làng; tình nguyện viên cũng có thể hỏi giúp.";
    }

    static String fresh(Commune commune, List<CommuneDirectory.Former> madeOf) {
        return PlaceWords.inSentence(commune.name()).transform(PlaceTexts::capitalized) + " (mã " + commune.code()
                + ") là đơn vị hành chính mới của " + PROVINCE + " từ ngày 1/7/2025.\n" + madeOf(commune, madeOf)
                + "\n" + howToWrite(commune);
    }

    static String ask(String typed) {
        return "Có nhiều đơn vị tên “" + capitalizedWords(typed) + "”. Bà con chọn đúng nơi của mình (theo huyện cũ):";
    }

    static String district(String district, List<Commune> now) {
        List<String> names = now.stream().map(c -> PlaceWords.inSentence(c.name())).toList();
        return "Từ ngày 1/7/2025 không còn cấp huyện. Các xã, phường, thị trấn của " + PlaceWords.inSentence(district)
                + " cũ nay thuộc " + names.size() + " đơn vị của " + PROVINCE + ": " + String.join(", ", names)
                + ".\nBà con gõ tên xã, phường hoặc thị trấn cũ của mình (ví dụ “xã Phước Lộc cũ”) để biết "
                + "đúng đơn vị mới và cách ghi địa chỉ.";
    }

    static String unknown(String typed) {
        return "Tôi không tìm thấy xã, phường hay thị trấn nào tên “" + capitalizedWords(typed) + "” trong 375 đơn "
                + "vị cũ của Gia Lai, Bình Định và 135 xã, phường mới của " + PROVINCE + ". Bà con kiểm tra lại tên, "
                + "gõ thêm huyện cũ cũng được (ví dụ “thị trấn Diêu Trì, huyện Tuy Phước”), hoặc gặp tình nguyện "
                + "viên để được hỏi giúp.";
    }

    static String desk(Commune commune, Optional<Desk> desk, boolean askedSaturday) {
        String name = PlaceWords.inSentence(commune.name());
        if (desk.isEmpty()) {
            return "Tôi chưa có địa chỉ đã được kiểm chứng của Trung tâm Phục vụ hành chính công (bộ phận một cửa) "
                    + name + ", nên không đoán. Bà con có thể hỏi tại UBND " + name + ", hoặc:\n" + PROVINCIAL_CENTRE
                    + (askedSaturday ? "\nViệc làm việc sáng thứ Bảy ở " + name + " tôi chưa có nguồn; bà con nên hỏi "
                    + "trước khi đi." : "");
        }
        Desk d = desk.get();
        StringBuilder text = new StringBuilder("Trung tâm Phục vụ hành chính công (bộ phận một cửa) ").append(name)
                .append(": ").append(d.address()).append('.');
        text.append("\nGiờ làm việc: ").append(d.hours() != null ? d.hours()
                : "nguồn chưa ghi; các trung tâm làm việc các ngày làm việc trong tuần theo giờ hành chính");
        if (askedSaturday) {
            text.append(saturday(d));
        }
        if (d.phone() != null) {
            text.append("\nĐiện thoại: ").append(d.phone());
        }
        if (d.mapUrl() != null) {
            text.append("\nBản đồ: ").append(d.mapUrl());
        }
        text.append("\nNguồn: ").append(d.sources().get(0).title());
        if (d.reviewed() != null) {
            text.append(" (kiểm tra ngày ").append(LocalDate.parse(d.reviewed()).format(DATE)).append(')');
        }
        return text.toString();
    }

    private static String saturday(Desk desk) {
        boolean known = desk.hours() != null && desk.hours().toLowerCase().contains("thứ bảy");
        return known ? "\nThứ Bảy: xem giờ ở trên (theo nguồn)."
                : "\nThứ Bảy: nguồn chưa nói trung tâm có làm việc sáng thứ Bảy hay không; bà con nên hỏi trước khi đi.";
    }

    static String deskLine(Commune commune, Optional<Desk> desk) {
        return desk.map(d -> "Bộ phận một cửa: " + d.address() + (d.hours() != null ? " (" + d.hours() + ")" : "") + ".")
                .orElse("Bộ phận một cửa: tôi chưa có địa chỉ đã kiểm chứng của trung tâm " + PlaceWords.inSentence(
                        commune.name()) + "; bà con có thể nộp ở Trung tâm Phục vụ hành chính công tỉnh (127 Hai "
                        + "Bà Trưng, phường Quy Nhơn; 69 Hùng Vương, phường Pleiku) hoặc trên dichvucong.gov.vn.");
    }

    private static String where(OldPlace old) {
        String province = old.province().replaceFirst("^Tỉnh ", "tỉnh ");
        return capitalized(PlaceWords.inSentence(old.name())) + " (" + PlaceWords.inSentence(old.district()) + ", "
                + province + " cũ)";
    }

    private static String madeOf(Commune commune, List<CommuneDirectory.Former> madeOf) {
        String name = capitalized(PlaceWords.inSentence(commune.name()));
        if (madeOf.size() == 1 && !madeOf.get(0).part()
                && PlaceWords.core(madeOf.get(0).name()).equals(PlaceWords.core(commune.name()))) {
            return name + " giữ nguyên địa giới của " + PlaceWords.inSentence(madeOf.get(0).name()) + " ("
                    + PlaceWords.inSentence(madeOf.get(0).district()) + " cũ), chỉ không còn thuộc huyện.";
        }
        Map<String, List<String>> byDistrict = new LinkedHashMap<>();
        madeOf.forEach(u -> byDistrict.computeIfAbsent(u.district(), d -> new ArrayList<>())
                .add(PlaceWords.inSentence(u.name()) + (u.part() ? " (một phần)" : "")));
        List<String> parts = new ArrayList<>();
        byDistrict.forEach((district, units) -> parts.add(String.join(", ", units) + " ("
                + PlaceWords.inSentence(district) + ")"));
        return name + " được lập từ: " + String.join("; ", parts) + ".";
    }

    private static String howToWrite(Commune commune) {
        String example = commune.type().equals("phường") ? "tổ dân phố 3" : "thôn 3";
        return "Cách ghi địa chỉ mới: số nhà, đường hoặc thôn, tổ dân phố, rồi " + PlaceWords.inSentence(commune.name())
                + ", " + PROVINCE + " – không ghi huyện nữa. Ví dụ: “" + example + ", "
                + PlaceWords.inSentence(commune.name()) + ", " + PROVINCE + "”.";
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String capitalizedWords(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            words.add(capitalized(word));
        }
        return String.join(" ", words);
    }
}
