package dev.blastmap.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class FrameStatsTest {

    @Test
    void statsSubtractToMeasureAnInterval() {
        FrameStats before = new FrameStats(10, 4, 7);
        FrameStats after = new FrameStats(25, 16, 9);
        assertThat(after.since(before)).isEqualTo(new FrameStats(15, 12, 2));
        assertThat(FrameStats.none().meanLag()).isZero();
    }

    @Test
    void moreCurrentFramesThanFramesIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FrameStats(1, 2, 0));
    }

    @Test
    void theMeanLagIsTheStatesBehindPerFrame() {
        assertThat(new FrameStats(4, 1, 6).meanLag()).isEqualTo(1.5);
    }
}
