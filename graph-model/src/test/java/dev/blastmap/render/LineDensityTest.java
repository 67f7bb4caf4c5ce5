package dev.blastmap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Ink laid over a picture, against its definition: a pixel that n lines pass (each line's pixels as
 * {@link LineWalk#walk} gives them) takes the colour at {@code 1 - (1 - alpha)^n} over what was there, once,
 * whether the band is laid over row by row (a dense haze) or by walking its few lines again (a sparse path).
 */
class LineDensityTest {

    private static final int W = 300;
    private static final int H = 200;
    private static final Rgba INK = new Rgba(200, 30, 40, 1);

    /** A picture of several colours, so that the ink's blending is remembered and forgotten as the colour changes. */
    private static PixelRaster striped() {
        PixelRaster raster = new PixelRaster(W, H);
        int[] colours = {0xFFFFFFFF, 0xFFE0E8F0, 0xFF202830, 0x80406080};
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                raster.pixels()[y * W + x] = colours[(x / 37 + y / 23) % colours.length];
            }
        }
        return raster;
    }

    private static int[] expected(int[] under, double[][] lines, double alpha, int cx0, int cy0, int cx1, int cy1) {
        int[] passes = new int[W * H];
        int[] out = new int[W + H];
        for (double[] l : lines) {
            int n = LineWalk.walk(l[0], l[1], l[2], l[3], cx0, cy0, cx1, cy1, W, out);
            for (int k = 0; k < n; k++) {
                passes[out[k]]++;
            }
        }
        int[] pixels = under.clone();
        for (int i = 0; i < pixels.length; i++) {
            if (passes[i] > 0) {
                double cover = 1 - Math.pow(1 - alpha, Math.min(255, passes[i]));
                pixels[i] = PixelRaster.over(PixelRaster.pixel(INK, cover), pixels[i]);
            }
        }
        return pixels;
    }

    private static double[][] randomLines(Random random, int n, double reach) {
        double[][] lines = new double[n][];
        for (int i = 0; i < n; i++) {
            double x = -20 + random.nextDouble() * (W + 40);
            double y = -20 + random.nextDouble() * (H + 40);
            lines[i] = new double[] {x, y, x + (random.nextDouble() - 0.5) * reach, y + (random.nextDouble() - 0.5) * reach};
        }
        return lines;
    }

    private static void assertLaidAsDefined(double[][] lines, int cx0, int cy0, int cx1, int cy1) {
        PixelRaster raster = striped();
        int[] under = raster.pixels().clone();
        LineDensity density = new LineDensity(W, H);
        for (double[] l : lines) {
            density.add(l[0], l[1], l[2], l[3], cx0, cy0, cx1, cy1);
        }
        density.paintOnto(raster, INK, 0.3);
        assertThat(raster.pixels()).isEqualTo(expected(under, lines, 0.3, cx0, cy0, cx1, cy1));
        assertThat(raster.pixels()).isNotEqualTo(under);
    }

    @Test
    void aDenseHazeIsLaidAsDefined() {
        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            assertLaidAsDefined(randomLines(random, 3000, 400), 0, 0, W, H);
        }
    }

    @Test
    void aHazeSharedBetweenTheCoresIsLaidAsDefined() {
        // Millions of line pixels: the bands are handed out to the cores, dearest first.
        double[][] lines = randomLines(new Random(5), 30_000, 500);
        assertLaidAsDefined(lines, 0, 0, W, H);
    }

    @Test
    void linesFromFarOutsideTheViewAreLaidAsDefined() {
        // A stranger's coordinates: ends a million pixels away, the counting's fixed point taken within the view.
        Random random = new Random(13);
        double[][] lines = new double[500][];
        for (int i = 0; i < lines.length; i++) {
            double x = random.nextDouble() * W;
            double y = random.nextDouble() * H;
            double far = 1e6;
            double k = 2 * random.nextDouble() - 1;
            // Through (x, y), flat or steep, its ends a million pixels away.
            lines[i] = random.nextBoolean() ? new double[] {x - far, y - far * k, x + far, y + far * k}
                    : new double[] {x - far * k, y - far, x + far * k, y + far};
        }
        assertLaidAsDefined(lines, 0, 0, W, H);
    }

    @Test
    void linesGrazingTheViewFromFarAwayAreLaidAsDefined() {
        // Their ideal line passes a few pixels outside the view; over a million pixels their pixels stray into it.
        Random random = new Random(29);
        double[][] lines = new double[2000][];
        for (int i = 0; i < lines.length; i++) {
            double x = random.nextDouble() * W;
            double y = -2 - 10 * random.nextDouble();
            double far = 1e6;
            double k = 0.3 * (2 * random.nextDouble() - 1);
            lines[i] = new double[] {x - far, y - far * k, x + far, y + far * k};
        }
        PixelRaster raster = striped();
        int[] under = raster.pixels().clone();
        LineDensity density = new LineDensity(W, H);
        for (double[] l : lines) {
            density.add(l[0], l[1], l[2], l[3], 0, 0, W, H);
        }
        density.paintOnto(raster, INK, 0.3);
        int[] expected = expected(under, lines, 0.3, 0, 0, W, H);
        assertThat(expected).as("some pixels stray into the view").isNotEqualTo(under);
        assertThat(raster.pixels()).isEqualTo(expected);
    }

    @Test
    void aPictureTooBigToCountInIsRefusedAtOnce() {
        assertThatThrownBy(() -> new LineDensity(1 << 15, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32,768");
    }

    @Test
    void aFewLinesAcrossTheViewAreLaidAsDefined() {
        Random random = new Random(11);
        for (int round = 0; round < 5; round++) {
            assertLaidAsDefined(randomLines(random, 6, 500), 0, 0, W, H);
        }
    }

    @Test
    void manyLinesThroughOnePixelSaturateAt255() {
        double[][] lines = new double[400][];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = new double[] {10, 10.5 + i * 0.001, 250, 10.5 + i * 0.001};
        }
        assertLaidAsDefined(lines, 0, 0, W, H);
    }

    @Test
    void onlyTheClipChangesAndCountsAreClearedForTheNextBatch() {
        Random random = new Random(3);
        double[][] dense = randomLines(random, 2000, 300);
        assertLaidAsDefined(dense, 40, 30, 260, 170);
        double[][] sparse = randomLines(random, 4, 300);
        PixelRaster raster = striped();
        int[] under = raster.pixels().clone();
        LineDensity density = new LineDensity(W, H);
        for (double[][] batch : new double[][][] {dense, sparse}) {
            for (double[] l : batch) {
                density.add(l[0], l[1], l[2], l[3], 40, 30, 260, 170);
            }
            int[] before = raster.pixels().clone();
            density.paintOnto(raster, INK, 0.3);
            assertThat(raster.pixels()).isEqualTo(expected(before, batch, 0.3, 40, 30, 260, 170));
        }
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (x < 40 || x >= 260 || y < 30 || y >= 170) {
                    assertThat(raster.pixels()[y * W + x]).isEqualTo(under[y * W + x]);
                }
            }
        }
    }
}
