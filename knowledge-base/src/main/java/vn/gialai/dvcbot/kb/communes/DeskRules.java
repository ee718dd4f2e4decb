package vn.gialai.dvcbot.kb.communes;

import java.util.Map;

/** The rules of a desk record, for the editor's form (the same as {@code kb validate} applies to the file). */
public final class DeskRules {

    private DeskRules() {
    }

    /** Field → reason for editors; empty when the record can be saved. */
    public static Map<String, String> problems(Desk desk) {
        return CommuneDataCheck.problemsOf(desk);
    }
}
