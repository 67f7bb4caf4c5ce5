package dev.blastmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RasterSurfaceTest {

    private static final int WHITE = 0xffffffff;

    @Test
    void rectanglesFollowTheTransformOnWholePixelsAtLeastOnePixelBig() {
        PixelRaster r = new PixelRaster(50, 50);
        r.fill(WHITE);
        RasterSurface s = new RasterSurface(r);
        s.translate(10, 10);
        s.scale(0.1);
        s.setFill(Rgba.hex("#ff0000"));
        s.fillRect(50, 50, 2, 2);
        assertThat(r.at(15, 15)).isEqualTo(0xffff0000);
        assertThat(r.at(16, 15)).isEqualTo(WHITE);
        s.dispose();
    }

    @Test
    void manyThinLinesAddUpAsInkDarkerWhereMorePass() {
        PixelRaster r = new PixelRaster(100, 40);
        r.fill(WHITE);
        RasterSurface s = new RasterSurface(r);
        s.setSmoothLines(false);
        s.setStroke(Rgba.hex("#000000").withAlpha(0.2), 1);
        s.beginPath();
        for (int i = 0; i < 60; i++) {
            // Fifty lines along row 10, ten along row 30.
            double y = i < 50 ? 10.5 : 30.5;
            s.moveTo(0, y);
            s.lineTo(100, y);
        }
        s.strokePath();
        int dense = r.at(50, 10) & 0xff;
        int sparse = r.at(50, 30) & 0xff;
        assertThat(dense).isLessThan(sparse);
        assertThat(sparse).isLessThan(255);
        assertThat(r.at(50, 20)).isEqualTo(WHITE);
        s.dispose();
    }

    @Test
    void whatJava2dPaintsLandsInTheSamePixels() {
        PixelRaster r = new PixelRaster(40, 40);
        r.fill(WHITE);
        RasterSurface s = new RasterSurface(r);
        s.setFill(Rgba.hex("#0000ff"));
        s.fillRoundRect(5, 5, 30, 30, 4);
        assertThat(r.at(20, 20)).isEqualTo(0xff0000ff);
        s.dispose();
    }

    @Test
    void nothingIsPaintedOutsideTheClip() {
        PixelRaster r = new PixelRaster(40, 40);
        r.fill(WHITE);
        RasterSurface s = new RasterSurface(r);
        s.clip(0, 0, 20, 40);
        s.setFill(Rgba.hex("#0000ff"));
        s.fillRoundRect(5, 5, 30, 30, 4);
        s.fillRect(5, 5, 30, 30);
        s.setSmoothLines(false);
        s.setStroke(Rgba.hex("#000000"), 1);
        s.beginPath();
        s.moveTo(0, 2.5);
        s.lineTo(40, 2.5);
        s.strokePath();
        assertThat(r.at(19, 20)).isEqualTo(0xff0000ff);
        assertThat(r.at(19, 2)).isEqualTo(0xff000000);
        assertThat(r.at(20, 20)).isEqualTo(WHITE);
        assertThat(r.at(30, 2)).isEqualTo(WHITE);
        s.dispose();
    }

    @Test
    void anUnsmoothedDashedLineIsInkOnItsDashesAndNothingInItsGaps() {
        PixelRaster r = new PixelRaster(100, 20);
        r.fill(WHITE);
        RasterSurface s = new RasterSurface(r);
        s.setSmoothLines(false);
        s.scale(2);
        s.setStroke(Rgba.hex("#000000"), 1, 2.5, 2);
        s.beginPath();
        s.moveTo(0, 5);
        s.lineTo(45, 5);
        s.strokePath();
        s.dispose();
        // In pixels: two wide, dashes of 5 from x = 0, 9, 18, ... and gaps of 4 between them, up to x = 90.
        for (int x = 0; x < 100; x++) {
            double along = x + 0.5;
            int inColumn = 0;
            for (int y = 0; y < 20; y++) {
                if (r.at(x, y) != WHITE) {
                    assertThat(y).as("row of column %d", x).isBetween(9, 11);
                    inColumn++;
                }
            }
            boolean onDash = along < 90 && along % 9 < 5;
            assertThat(inColumn).as("pixels inked in column %d", x).isEqualTo(onDash ? 2 : 0);
        }
    }

    @Test
    void aDashedCardOutlineFallsWhereJava2dsDashesFall() {
        PixelRaster ours = Java2dReference.white();
        RasterSurface s = new RasterSurface(ours);
        s.setStroke(Rgba.hex("#1e3a8a").withAlpha(0.8), 1.5, 6, 4);
        s.strokeRoundRect(8.5, 20.5, 100, 60, 8);
        s.dispose();
        double[] d = Java2dReference.compare(ours, Java2dReference.java2d(
                new java.awt.geom.RoundRectangle2D.Double(8.5, 20.5, 100, 60, 16, 16),
                new java.awt.BasicStroke(1.5f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_ROUND, 10,
                        new float[] {6, 4}, 0)));
        assertThat(d[1]).as("mean difference").isLessThan(1.0);
        assertThat(d[2]).as("ink ratio").isBetween(0.9, 1.1);
    }
}
