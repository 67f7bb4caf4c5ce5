package dev.blastmap.render;

import static dev.blastmap.render.Java2dReference.INK;
import static dev.blastmap.render.Java2dReference.SIZE;
import static dev.blastmap.render.Java2dReference.WHITE;
import static dev.blastmap.render.Java2dReference.compare;
import static dev.blastmap.render.Java2dReference.java2d;
import static dev.blastmap.render.Java2dReference.ours;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.geom.RoundRectangle2D;
import org.junit.jupiter.api.Test;

/** SmoothShapes against Java2D's anti-aliased rasteriser (Marlin), which it replaces for cards, boxes and rings. */
class SmoothShapesTest {

    @Test
    void aFilledCardCoversThePixelsJava2dCoversToWithinAnEdgePixel() {
        double[] d = compare(ours(SmoothShapes::new, s -> s.fillRoundRect(10.3, 20.6, 97.4, 41.2, 8, INK, true, 0, 0, SIZE, SIZE)),
                java2d(new RoundRectangle2D.Double(10.3, 20.6, 97.4, 41.2, 16, 16), null));
        assertThat(d[1]).as("mean difference").isLessThan(1.0);
        assertThat(d[0]).as("largest difference").isLessThan(110);
        assertThat(d[2]).as("ink ratio").isBetween(0.98, 1.02);
    }

    @Test
    void anOutlinedCardMatchesJava2dsStroke() {
        double[] d = compare(ours(SmoothShapes::new, s -> s.strokeRoundRect(10.5, 20.5, 90, 40, 8, 1.5, INK, true, 0, 0, SIZE, SIZE)),
                java2d(new RoundRectangle2D.Double(10.5, 20.5, 90, 40, 16, 16), new BasicStroke(1.5f)));
        assertThat(d[1]).isLessThan(2.0);
        assertThat(d[2]).isBetween(0.93, 1.07);
    }

    @Test
    void everyPixelOfACardTakesTheCoverageItsDistanceToTheOutlineGives() {
        // The rows above and below the straight sides are laid as runs of one coverage; the pixels must be those
        // of each pixel blended alone at its own distance (the definition, written out here).
        for (double[] c : new double[][] {{10.3, 20.6, 90.2, 40.7, 6}, {5, 5, 100, 100, 12.5}, {30.5, 60.25, 41, 9, 2},
                {2.2, 3.3, 115, 30, 0}}) {
            for (boolean stroke : new boolean[] {false, true}) {
                double width = 1.6;
                PixelRaster drawn = ours(SmoothShapes::new, s -> {
                    if (stroke) {
                        s.strokeRoundRect(c[0], c[1], c[2], c[3], c[4], width, INK, true, 0, 0, SIZE, SIZE);
                    } else {
                        s.fillRoundRect(c[0], c[1], c[2], c[3], c[4], INK, true, 0, 0, SIZE, SIZE);
                    }
                });
                PixelRaster expected = new PixelRaster(SIZE, SIZE);
                expected.fill(WHITE);
                double hx = c[2] / 2;
                double hy = c[3] / 2;
                double r = Math.min(c[4], Math.min(hx, hy));
                for (int y = 0; y < SIZE; y++) {
                    for (int x = 0; x < SIZE; x++) {
                        double qx = Math.abs(x + 0.5 - (c[0] + hx)) - (hx - r);
                        double qy = Math.abs(y + 0.5 - (c[1] + hy)) - (hy - r);
                        double d = qx > 0 && qy > 0 ? Math.sqrt(qx * qx + qy * qy) - r : Math.max(qx, qy) - r;
                        double inside = stroke ? Math.min(width / 2 + 0.5 - Math.abs(d), width) : 0.5 - d;
                        int k = inside <= 0 ? 0 : inside >= 1 ? 256 : (int) (inside * 256 + 0.5);
                        if (k > 0) {
                            int ink = k >= 256 ? INK : scaled(INK, k);
                            expected.pixels()[y * SIZE + x] = PixelRaster.over(ink, WHITE);
                        }
                    }
                }
                assertThat(drawn.pixels()).as("%s %s", stroke ? "outline" : "card", java.util.Arrays.toString(c))
                        .isEqualTo(expected.pixels());
            }
        }
    }

    private static int scaled(int argb, int k) {
        return (argb >>> 24) * k >> 8 << 24 | ((argb >> 16 & 0xff) * k >> 8) << 16 | ((argb >> 8 & 0xff) * k >> 8) << 8
                | (argb & 0xff) * k >> 8;
    }

    @Test
    void theInsideOfAFilledCardIsSolidAndNothingOutsideTheClipChanges() {
        PixelRaster r = ours(SmoothShapes::new, s -> s.fillRoundRect(10, 10, 100, 100, 12, INK, true, 0, 0, 60, SIZE));
        int inside = PixelRaster.over(INK, WHITE);
        for (int y = 12; y < 108; y++) {
            for (int x = 23; x < 60; x++) {
                assertThat(r.at(x, y)).isEqualTo(inside);
            }
            for (int x = 60; x < SIZE; x++) {
                assertThat(r.at(x, y)).isEqualTo(WHITE);
            }
        }
        assertThat(r.at(10, 10)).as("outside the rounded corner").isEqualTo(WHITE);
    }

    @Test
    void unsmoothedAPixelIsPaintedWhollyOrNotAtAll() {
        PixelRaster r = ours(SmoothShapes::new, s -> s.fillRoundRect(10.2, 10.7, 50.3, 30.1, 6, INK, false, 0, 0, SIZE, SIZE));
        int inside = PixelRaster.over(INK, WHITE);
        for (int p : r.pixels()) {
            assertThat(p).isIn(inside, WHITE);
        }
    }
}
