package vn.gialai.dvcbot.app.editor;

import java.util.ArrayList;
import java.util.List;
import vn.gialai.dvcbot.kb.communes.Desk;
import vn.gialai.dvcbot.kb.content.Entry;

/** The desk form's fields as typed; sources one per line as "title | url". */
record DeskForm(String address, String hours, String phone, String mapUrl, String sources, String reviewed) {

    Desk toDesk(String code) {
        return new Desk(code, blankToNull(address), blankToNull(hours), blankToNull(phone), blankToNull(mapUrl),
                sourcesOf(sources), blankToNull(reviewed));
    }

    static DeskForm of(Desk desk) {
        List<String> lines = new ArrayList<>();
        desk.sources().forEach(s -> lines.add(s.title() + " | " + s.url()));
        return new DeskForm(orEmpty(desk.address()), orEmpty(desk.hours()), orEmpty(desk.phone()),
                orEmpty(desk.mapUrl()), String.join("\n", lines), orEmpty(desk.reviewed()));
    }

    static DeskForm empty(String today) {
        return new DeskForm("", "", "", "", "", today);
    }

    private static List<Entry.Source> sourcesOf(String text) {
        List<Entry.Source> sources = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.lastIndexOf('|');
            sources.add(bar < 0 ? new Entry.Source(null, line.strip())
                    : new Entry.Source(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
        }
        return sources;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
