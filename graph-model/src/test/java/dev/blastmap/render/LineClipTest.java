package dev.blastmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineClipTest {

    @Test
    void aLineCrossingTheRectangleIsNarrowedToWhereItEntersAndLeaves() {
        double[] t = {0, 1};
        assertThat(LineClip.within(-10, 5, 30, 5, 0, 0, 20, 10, t)).isTrue();
        assertThat(t).containsExactly(0.25, 0.75);
    }

    @Test
    void aLineWhollyInsideKeepsAllOfItAndOneOutsideKeepsNothing() {
        double[] inside = {0, 1};
        assertThat(LineClip.within(2, 2, 8, 9, 0, 0, 20, 10, inside)).isTrue();
        assertThat(inside).containsExactly(0, 1);
        assertThat(LineClip.within(-10, -5, 30, -5, 0, 0, 20, 10, new double[] {0, 1})).isFalse();
        assertThat(LineClip.within(-10, 30, 30, -30, 0, 0, 5, 5, new double[] {0, 1})).isFalse();
    }
}
