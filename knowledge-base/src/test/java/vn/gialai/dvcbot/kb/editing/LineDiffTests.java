package vn.gialai.dvcbot.kb.editing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTests {

    @Test
    void aChangedLineShowsAsRemovedAndAddedBetweenUnchangedOnes() {
        var lines = LineDiff.between("id: a\nfees: 10.000 đồng\ntitle: A", "id: a\nfees: miễn phí\ntitle: A");

        assertThat(lines).extracting(l -> l.marker() + l.text()).containsExactly(
                " id: a", "−fees: 10.000 đồng", "+fees: miễn phí", " title: A");
        assertThat(LineDiff.changed(lines)).isTrue();
    }

    @Test
    void theSameTextHasNoChanges() {
        assertThat(LineDiff.changed(LineDiff.between("a\nb", "a\nb"))).isFalse();
    }

    @Test
    void movedStepsShowWhereTheyLeftAndWhereTheyWent() {
        var lines = LineDiff.between("- một\n- hai\n- ba", "- hai\n- ba\n- một");

        assertThat(lines).filteredOn(l -> l.kind() != LineDiff.Kind.SAME).extracting(l -> l.marker() + l.text())
                .containsExactly("−- một", "+- một");
    }

    /** An import adding thousands of examples to one entry: the old table of a × b cells took gigabytes. */
    @Test
    void oneHundredThousandAddedLinesAreDiffedWithoutATableOfEveryPair() {
        String before = "id: a\nexamples:\n- một\nsummary: A";
        StringBuilder added = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            added.append("- câu ").append(i).append('\n');
        }
        String after = "id: a\nexamples:\n- một\n" + added + "summary: A";

        var lines = LineDiff.between(before, after);

        assertThat(lines).hasSize(100_004);
        assertThat(lines).filteredOn(l -> l.kind() == LineDiff.Kind.ADDED).hasSize(100_000);
        assertThat(lines).filteredOn(l -> l.kind() == LineDiff.Kind.REMOVED).isEmpty();
    }

    @Test
    void twoLargeTextsWithNothingInCommonShowAsRemovedThenAdded() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            a.append("cũ ").append(i).append('\n');
            b.append("mới ").append(i).append('\n');
        }

        var lines = LineDiff.between(a.toString(), b.toString());

        assertThat(lines).filteredOn(l -> l.kind() == LineDiff.Kind.REMOVED).hasSize(50_000);
        assertThat(lines).filteredOn(l -> l.kind() == LineDiff.Kind.ADDED).hasSize(50_000);
        assertThat(lines.get(lines.size() - 1).kind()).isEqualTo(LineDiff.Kind.SAME);
    }
}
