package vn.gialai.dvcbot.kb.editing;

import java.util.ArrayList;
import java.util.List;

/** What changed between two texts, line by line (longest common subsequence), as editors read it. */
public final class LineDiff {

    public enum Kind { SAME, ADDED, REMOVED }

    public record Line(Kind kind, String text) {
        public String marker() {
            return switch (kind) {
                case SAME -> " ";
                case ADDED -> "+";
                case REMOVED -> "−";
            };
        }
    }

    private LineDiff() {
    }

    /**
     * The lines common to the start and the end are set aside first (an import adding examples changes only a
     * run in the middle); the middle is compared with a longest common subsequence only while its table stays
     * small, otherwise it is shown as removed, then added. Work and memory stay linear in the texts' length.
     */
    public static List<Line> between(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix].equals(b[prefix])) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix && suffix < b.length - prefix
                && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) {
            suffix++;
        }
        List<Line> lines = new ArrayList<>(a.length + b.length - prefix - suffix);
        for (int i = 0; i < prefix; i++) {
            lines.add(new Line(Kind.SAME, a[i]));
        }
        middle(a, prefix, a.length - suffix, b, prefix, b.length - suffix, lines);
        for (int i = a.length - suffix; i < a.length; i++) {
            lines.add(new Line(Kind.SAME, a[i]));
        }
        return lines;
    }

    /** Most cells of the comparison table of the changed middle (4 MB of ints); larger middles are not aligned. */
    static final long MAX_TABLE_CELLS = 1_000_000;

    private static void middle(String[] a, int aFrom, int aTo, String[] b, int bFrom, int bTo, List<Line> lines) {
        int n = aTo - aFrom;
        int m = bTo - bFrom;
        if ((long) (n + 1) * (m + 1) > MAX_TABLE_CELLS) {
            for (int i = aFrom; i < aTo; i++) {
                lines.add(new Line(Kind.REMOVED, a[i]));
            }
            for (int j = bFrom; j < bTo; j++) {
                lines.add(new Line(Kind.ADDED, b[j]));
            }
            return;
        }
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a[aFrom + i].equals(b[bFrom + j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[aFrom + i].equals(b[bFrom + j])) {
                lines.add(new Line(Kind.SAME, a[aFrom + i++]));
                j++;
            } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
                lines.add(new Line(Kind.REMOVED, a[aFrom + i++]));
            } else {
                lines.add(new Line(Kind.ADDED, b[bFrom + j++]));
            }
        }
    }

    static boolean changed(List<Line> lines) {
        return lines.stream().anyMatch(l -> l.kind() != Kind.SAME);
    }
}
