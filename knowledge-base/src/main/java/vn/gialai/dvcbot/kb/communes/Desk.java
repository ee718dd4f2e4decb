package vn.gialai.dvcbot.kb.communes;

import java.util.List;
import vn.gialai.dvcbot.kb.content.Entry;

/**
 * The one-stop desk (Trung tâm Phục vụ hành chính công) of a new commune, as an editor recorded it from a
 * source. Only what a source says is written; an unknown field stays null.
 *
 * @param code the commune's national code
 * @param hours working hours as the source gives them, e.g. "Thứ Hai – Thứ Sáu 7:00–11:30, 13:30–17:00;
 *     sáng thứ Bảy 7:30–11:30"; null when no source says
 * @param phone null when no source gives one
 * @param mapUrl a map link to the address; null when none
 * @param reviewed when an editor last checked the record (yyyy-mm-dd)
 */
public record Desk(String code, String address, String hours, String phone, String mapUrl,
        List<Entry.Source> sources, String reviewed) {

    public Desk {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
