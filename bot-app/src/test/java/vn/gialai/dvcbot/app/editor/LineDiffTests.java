package vn.gialai.dvcbot.app.editor;

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
}
