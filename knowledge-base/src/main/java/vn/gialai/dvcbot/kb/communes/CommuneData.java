package vn.gialai.dvcbot.kb.communes;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the content folder says about communes: the old-to-new table and the desks, by commune code. */
public record CommuneData(List<FormerUnit> formerUnits, Map<String, Desk> desks) {

    public static final CommuneData EMPTY = new CommuneData(List.of(), Map.of());

    public CommuneData {
        formerUnits = List.copyOf(formerUnits);
        desks = Map.copyOf(desks);
    }

    public Optional<Desk> desk(String code) {
        return Optional.ofNullable(desks.get(code));
    }
}
