package vn.gialai.dvcbot.kb.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One short conversation of a dialogue evaluation file: a header {@code # <id> <tag>}, then one line per citizen
 * turn, {@code text<TAB>expected}, where expected is an entry id (answer or confirm it), {@code id#section} (open
 * that section of it, typically a follow-up) or {@code -} (not answered from the knowledge base). Blocks are
 * separated by blank lines; other lines starting with "#" inside a block are comments.
 */
public record LabelledDialogue(String id, String tag, List<Turn> turns) {

    static final Set<String> SECTIONS = Set.of("steps", "documents", "fees", "where", "online");

    public LabelledDialogue {
        turns = List.copyOf(turns);
    }

    /**
     * One citizen turn and what should happen.
     *
     * @param entryId the expected entry, or null for "-"
     * @param section the expected section, or null when any reply about the entry will do
     */
    public record Turn(String text, String expected, String entryId, String section) {
    }

    public static List<LabelledDialogue> parse(List<String> lines) {
        List<LabelledDialogue> dialogues = new ArrayList<>();
        String id = null;
        String tag = null;
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            if (line.isBlank()) {
                if (id != null && !turns.isEmpty()) {
                    dialogues.add(new LabelledDialogue(id, tag, turns));
                }
                id = null;
                turns = new ArrayList<>();
            } else if (id == null) {
                String[] header = line.strip().split("\\s+");
                if (header.length < 3 || !header[0].equals("#")) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": expected a header \"# <dialogue-id> <tag>\"");
                }
                id = header[1];
                tag = header[2];
            } else if (!line.startsWith("#")) {
                turns.add(turn(line, i + 1));
            }
        }
        return dialogues;
    }

    private static Turn turn(String line, int number) {
        String[] fields = line.split("\t", -1);
        if (fields.length < 2 || fields[0].isBlank() || fields[1].isBlank()) {
            throw new IllegalArgumentException("line " + number + ": expected \"citizen text<TAB>expected\"");
        }
        String expected = fields[1].strip();
        if (expected.equals("-")) {
            return new Turn(fields[0], expected, null, null);
        }
        int hash = expected.indexOf('#');
        if (hash < 0) {
            return new Turn(fields[0], expected, expected, null);
        }
        String section = expected.substring(hash + 1);
        if (!SECTIONS.contains(section)) {
            throw new IllegalArgumentException("line " + number + ": unknown section \"" + section + "\"");
        }
        return new Turn(fields[0], expected, expected.substring(0, hash), section);
    }
}
