package vn.gialai.dvcbot.kb.communes;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the content folder says about communes: the old-to-new table, other spellings of old names, and the desks
 * by commune code.
 */
public record CommuneData(List<FormerUnit> formerUnits, List<Alias> aliases, Map<String, Desk> desks) {

    public static final CommuneData EMPTY = new CommuneData(List.of(), List.of(), Map.of());

    public CommuneData {
        formerUnits = List.copyOf(formerUnits);
        aliases = List.copyOf(aliases);
        desks = Map.copyOf(desks);
    }

    public CommuneData(List<FormerUnit> formerUnits, Map<String, Desk> desks) {
        this(formerUnits, List.of(), desks);
    }

    /** Another spelling citizens or other sources use for an old unit ("Xã Ia Mrơn" for "Xã Ia Ma Rơn"). */
    public record Alias(String oldName, String district, String alias) {
    }

    public Optional<Desk> desk(String code) {
        return Optional.ofNullable(desks.get(code));
    }
}
