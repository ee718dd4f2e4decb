package vn.gialai.dvcbot.kb.communes;

import java.util.List;

/**
 * An old unit as citizens name it: the rows of the table with one name and district. It became one new unit,
 * or two when it was split.
 *
 * @param id its position in the directory, used in choice ids
 */
record OldPlace(int id, String name, String district, String province, List<String> newCodes) {

    OldPlace {
        newCodes = List.copyOf(newCodes);
    }

    boolean split() {
        return newCodes.size() > 1;
    }
}
