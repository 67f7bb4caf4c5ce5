package dev.blastmap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Percentage.withPercentage;

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
        return expectedInSquares(under, lines, alpha, cx0, cy0, cx1, cy1, 1, 0, 0);
    }

    /**
     * The definition counted in squares of {@code side} pixels anchored at (ox, oy): each line walked (as
     * {@link LineWalk#walk} walks it) in the squares' coordinates, and each pixel within the clip taking the ink of
     * its square's count, a line counting for a side's worth of pixels in a square of side * side.
     */
    private static int[] expectedInSquares(int[] under, double[][] lines, double alpha, int cx0, int cy0, int cx1,
                                           int cy1, int side, long ox, long oy) {
        int shiftX = (int) Math.floorMod(ox, side);
        int shiftY = (int) Math.floorMod(oy, side);
        int stride = W / side + 1;
        int[] passes = new int[stride * (H / side + 1)];
        int[] out = new int[W + H];
        for (double[] l : lines) {
            int n = LineWalk.walk((l[0] + shiftX) / side, (l[1] + shiftY) / side, (l[2] + shiftX) / side,
                    (l[3] + shiftY) / side, (cx0 + shiftX) / side, (cy0 + shiftY) / side, (cx1 - 1 + shiftX) / side + 1,
                    (cy1 - 1 + shiftY) / side + 1, stride, out);
            for (int k = 0; k < n; k++) {
                passes[out[k]]++;
            }
        }
        int[] pixels = under.clone();
        for (int y = cy0; y < cy1; y++) {
            for (int x = cx0; x < cx1; x++) {
                int n = passes[(y + shiftY) / side * stride + (x + shiftX) / side];
                if (n > 0) {
                    double cover = 1 - Math.pow(1 - alpha, Math.min(255, n) / (double) side);
                    pixels[y * W + x] = PixelRaster.over(PixelRaster.pixel(INK, cover), pixels[y * W + x]);
                }
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

    /** Paints the lines counted in squares of {@code side} anchored at (ox, oy) within a clip, onto a striped picture. */
    private static int[] paintedInSquares(double[][] lines, int side, long ox, long oy, int cx0, int cy0, int cx1,
                                          int cy1, PixelRaster raster) {
        return paintedInSquares(lines, 0.3, side, ox, oy, cx0, cy0, cx1, cy1, raster);
    }

    private static int[] paintedInSquares(double[][] lines, double alpha, int side, long ox, long oy, int cx0, int cy0,
                                          int cx1, int cy1, PixelRaster raster) {
        LineDensity density = new LineDensity(W, H);
        density.countInSquares(side, ox, oy);
        for (double[] l : lines) {
            density.add(l[0], l[1], l[2], l[3], cx0, cy0, cx1, cy1);
        }
        density.paintOnto(raster, INK, alpha);
        return raster.pixels();
    }

    @Test
    void aHazeCountedInSquaresIsLaidAsDefined() {
        Random random = new Random(17);
        // Dense (laid row by row) and sparse (walked again), the squares anchored at even and odd pixels, a clip
        // whose edges cut squares in two.
        for (double[][] lines : new double[][][] {randomLines(random, 3000, 400), randomLines(random, 5, 400)}) {
            for (long[] origin : new long[][] {{0, 0}, {1, 0}, {-3, 7}, {1_000_001, -2}}) {
                PixelRaster raster = striped();
                int[] under = raster.pixels().clone();
                int[] painted = paintedInSquares(lines, 2, origin[0], origin[1], 41, 29, 261, 171, raster);
                assertThat(painted).isEqualTo(expectedInSquares(under, lines, 0.3, 41, 29, 261, 171, 2, origin[0],
                        origin[1]));
                assertThat(painted).isNotEqualTo(under);
            }
        }
    }

    @Test
    void stripsCountedInSquaresApartJoinWithoutSeams() {
        // A pan paints the strips it uncovers; the squares follow the origin, not the clip, so the strips of an odd
        // number of pixels join into what painting the whole picture at once gives.
        double[][] lines = randomLines(new Random(23), 2000, 300);
        int[] whole = paintedInSquares(lines, 2, 5, 3, 0, 0, W, H, striped());
        PixelRaster raster = striped();
        for (int[] strip : new int[][] {{0, 0, 117, H}, {117, 0, W, 61}, {117, 61, W, H}}) {
            paintedInSquares(lines, 2, 5, 3, strip[0], strip[1], strip[2], strip[3], raster);
        }
        assertThat(raster.pixels()).isEqualTo(whole);
    }

    @Test
    void aHazeCountedInSquaresIsAsDarkAsCountedByPixel() {
        // The squares are a coarser count of the same ink: over a dense picture, its lines as faint as a big graph's
        // (a few hundredths each), the mean darkness stays within 3%.
        double[][] lines = randomLines(new Random(31), 6000, 300);
        PixelRaster white = new PixelRaster(W, H);
        white.fillRect(0, 0, W, H, 0xFFFFFFFF);
        int[] byPixel = paintedInSquares(lines, 0.05, 1, 0, 0, 0, 0, W, H, white).clone();
        white.fillRect(0, 0, W, H, 0xFFFFFFFF);
        int[] inSquares = paintedInSquares(lines, 0.05, 2, 0, 0, 0, 0, W, H, white);
        assertThat(meanGreen(inSquares)).isCloseTo(meanGreen(byPixel), withPercentage(3));
        assertThat(meanGreen(byPixel)).isLessThan(200);
    }

    private static double meanGreen(int[] pixels) {
        double sum = 0;
        for (int p : pixels) {
            sum += (p >> 8) & 0xff;
        }
        return sum / pixels.length;
    }

    @Test
    void onlySquaresOfOneOrTwoPixelsAreCounted() {
        assertThatThrownBy(() -> new LineDensity(W, H).countInSquares(3, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 or 2");
    }
}
