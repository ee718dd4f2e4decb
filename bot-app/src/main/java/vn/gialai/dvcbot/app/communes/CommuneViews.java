package vn.gialai.dvcbot.app.communes;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.gialai.dvcbot.core.handoff.Commune;
import vn.gialai.dvcbot.kb.communes.CommuneDirectory;
import vn.gialai.dvcbot.kb.communes.Desk;
import vn.gialai.dvcbot.kb.communes.TeamSession;
import vn.gialai.dvcbot.kb.communes.TeamSessions;

/** A commune as contracts §11 shows it (plus {@code part} on a former unit that was split). */
@Component
class CommuneViews {

    private static final int NEXT_SESSIONS = 5;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final CommuneDirectory directory;
    private final ObjectProvider<TeamSessions> teams;

    CommuneViews(CommuneDirectory directory, ObjectProvider<TeamSessions> teams) {
        this.directory = directory;
        this.teams = teams;
    }

    Map<String, Object> of(Commune commune) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", commune.code());
        view.put("name", commune.name());
        view.put("type", commune.type());
        view.put("formerUnits", directory.former(commune.code()).stream().map(f -> Map.of("name", f.name(),
                "district", f.district(), "province", f.province(), "part", f.part())).toList());
        view.put("desk", directory.desk(commune.code()).map(CommuneViews::desk).orElse(null));
        view.put("team", team(commune.code()));
        return view;
    }

    private static Map<String, Object> desk(Desk desk) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("address", desk.address());
        view.put("hours", desk.hours());
        view.put("phone", desk.phone());
        view.put("mapUrl", desk.mapUrl());
        view.put("sources", desk.sources().stream().map(s -> Map.of("title", s.title(), "url", s.url())).toList());
        view.put("reviewed", desk.reviewed());
        return view;
    }

    private Map<String, Object> team(String code) {
        TeamSessions sessions = teams.getIfAvailable(() -> TeamSessions.NONE);
        return sessions.teamName(code).<Map<String, Object>>map(name -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("name", name);
            view.put("nextSessions", sessions.next(code, NEXT_SESSIONS).stream().map(CommuneViews::session).toList());
            return view;
        }).orElse(null);
    }

    private static Map<String, Object> session(TeamSession s) {
        return Map.of("date", s.date().toString(), "from", HH_MM.format(s.from()), "to", HH_MM.format(s.to()),
                "place", s.place(), "kind", s.kind());
    }
}
