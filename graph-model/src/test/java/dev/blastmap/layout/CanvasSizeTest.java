package dev.blastmap.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CanvasSizeTest {

    @Test
    void theWindowKeepsAFixedBandBesideAndAroundTheCanvas() {
        CanvasSize small = CanvasSize.ofWindow(1280, 720);
        CanvasSize large = CanvasSize.ofWindow(1920, 1080);
        assertThat(large.width() - small.width()).isEqualTo(640);
        assertThat(large.height() - small.height()).isEqualTo(360);
        assertThat(CanvasSize.WINDOW_1440_BY_900).isEqualTo(CanvasSize.ofWindow(1440, 900));
    }

    @Test
    void theFittedZoomLeavesAMarginOf32PixelsAndNeverMagnifies() {
        CanvasSize canvas = new CanvasSize(1064, 564);
        assertThat(canvas.fittedZoom(new Box(0, 0, 2000, 1000))).isEqualTo(0.5);
        assertThat(canvas.fittedZoom(new Box(0, 0, 100, 100))).isEqualTo(1);
    }

    @Test
    void aCanvasHasAPositiveSize() {
        assertThatThrownBy(() -> new CanvasSize(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CanvasSize(10, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
