package dev.blastmap.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameLedgerTest {

    private final FrameLedger ledger = new FrameLedger();
    private final Viewport view = new Viewport(1.5, 10, 20);

    @Test
    void aFramePaintedFromTheLatestStatesAndViewportIsCurrent() {
        ledger.viewportChanged(view);
        long states = ledger.statesChanged();
        ledger.frameShown(states, view, true);
        assertThat(ledger.stats()).isEqualTo(new FrameStats(1, 1, 0));
    }

    @Test
    void aPictureOfEarlierStatesIsBehindByTheChangesSinceAndNotCurrent() {
        ledger.viewportChanged(view);
        long painted = ledger.statesChanged();
        ledger.statesChanged();
        ledger.statesChanged();
        ledger.frameShown(painted, view, true);
        ledger.frameShown(painted, view, true);
        assertThat(ledger.stats()).isEqualTo(new FrameStats(2, 0, 4));
        assertThat(ledger.stats().meanLag()).isEqualTo(2.0);
    }

    @Test
    void aPictureStretchedFromAnotherZoomIsNotCurrent() {
        ledger.viewportChanged(view);
        ledger.frameShown(ledger.statesVersion(), new Viewport(1.4, 10, 20), true);
        assertThat(ledger.stats().currentFrames()).isZero();
        assertThat(ledger.stats().frames()).isEqualTo(1);
    }

    @Test
    void aPictureShiftedByMoreThanHalfAPixelIsNotCurrentButOneRoundedToWholePixelsIs() {
        ledger.viewportChanged(view);
        ledger.frameShown(0, view.panBy(1, 0), true);
        ledger.frameShown(0, view.panBy(0, -0.6), true);
        ledger.frameShown(0, view.panBy(0.4, -0.3), true);
        ledger.frameShown(0, view.panBy(0.5, 0.5), true);
        assertThat(ledger.stats()).isEqualTo(new FrameStats(4, 2, 0));
    }

    @Test
    void aPictureWithABlankAreaIsNotCurrent() {
        ledger.viewportChanged(view);
        ledger.frameShown(0, view, false);
        assertThat(ledger.stats()).isEqualTo(new FrameStats(1, 0, 0));
    }
}
