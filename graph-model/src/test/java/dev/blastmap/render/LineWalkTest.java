package dev.blastmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LineWalkTest {

    private static final int W = 64;
    private static final int H = 48;

    /** The definition: one pixel per step along the longer axis, the one holding the line at the step's centre. */
    private static Set<Integer> naive(double x0, double y0, double x1, double y1, int cx0, int cy0, int cx1, int cy1) {
        Set<Integer> pixels = new TreeSet<>();
        boolean flat = Math.abs(x1 - x0) >= Math.abs(y1 - y0);
        double u0 = flat ? Math.min(x0, x1) : Math.min(y0, y1);
        double u1 = flat ? Math.max(x0, x1) : Math.max(y0, y1);
        int first = (int) Math.ceil(u0 - 0.5);
        int last = Math.max(first, (int) Math.ceil(u1 - 0.5) - 1);
        for (int u = first; u <= last; u++) {
            double t = flat ? (x1 == x0 ? 0 : (u + 0.5 - x0) / (x1 - x0)) : (u + 0.5 - y0) / (y1 - y0);
            double across = flat ? y0 + t * (y1 - y0) : x0 + t * (x1 - x0);
            int v = (int) Math.floor(across);
            int x = flat ? u : v;
            int y = flat ? v : u;
            if (x >= cx0 && x < cx1 && y >= cy0 && y < cy1) {
                pixels.add(y * W + x);
            }
        }
        return pixels;
    }

    private static Set<Integer> walked(double x0, double y0, double x1, double y1, int cx0, int cy0, int cx1, int cy1) {
        int[] out = new int[W + H];
        int n = LineWalk.walk(x0, y0, x1, y1, cx0, cy0, cx1, cy1, W, out);
        Set<Integer> pixels = new TreeSet<>();
        Arrays.stream(out, 0, n).forEach(pixels::add);
        assertThat(pixels).hasSize(n);
        return pixels;
    }

    @Test
    void aLineTakesThePixelNearestItAtEveryStepOfItsLongerAxis() {
        Random rng = new Random(5);
        int differ = 0;
        for (int i = 0; i < 2000; i++) {
            double x0 = rng.nextDouble() * 90 - 13;
            double y0 = rng.nextDouble() * 70 - 11;
            double x1 = rng.nextDouble() * 90 - 13;
            double y1 = rng.nextDouble() * 70 - 11;
            Set<Integer> expected = naive(x0, y0, x1, y1, 0, 0, W, H);
            Set<Integer> actual = walked(x0, y0, x1, y1, 0, 0, W, H);
            // Fixed point may round a pixel that lies exactly between two rows the other way, never more.
            Set<Integer> onlyOne = new TreeSet<>(expected);
            onlyOne.removeAll(actual);
            differ += onlyOne.size();
            assertThat(Math.abs(expected.size() - actual.size())).isLessThanOrEqualTo(1);
        }
        assertThat(differ).isLessThan(40);
    }

    @Test
    void theSameLineWalkedInPiecesTakesExactlyThePixelsItTakesWhole() {
        Random rng = new Random(9);
        for (int i = 0; i < 500; i++) {
            double x0 = rng.nextDouble() * 200 - 70;
            double y0 = rng.nextDouble() * 150 - 50;
            double x1 = rng.nextDouble() * 200 - 70;
            double y1 = rng.nextDouble() * 150 - 50;
            Set<Integer> whole = walked(x0, y0, x1, y1, 0, 0, W, H);
            Set<Integer> pieces = new TreeSet<>();
            int cut = 1 + rng.nextInt(W - 1);
            int band = 1 + rng.nextInt(H - 1);
            pieces.addAll(walked(x0, y0, x1, y1, 0, 0, cut, band));
            pieces.addAll(walked(x0, y0, x1, y1, cut, 0, W, band));
            pieces.addAll(walked(x0, y0, x1, y1, 0, band, cut, H));
            pieces.addAll(walked(x0, y0, x1, y1, cut, band, W, H));
            assertThat(pieces).isEqualTo(whole);
        }
    }

    @Test
    void aPreparedLineWalksLikeTheLineItself() {
        long[] prepared = new long[LineWalk.SIZE];
        assertThat(LineWalk.prepare(3.2, 40.7, 58.9, 5.1, prepared, 0)).isTrue();
        int[] a = new int[W + H];
        int[] b = new int[W + H];
        int n = LineWalk.walk(prepared, 0, 5, 3, 50, 44, W, a);
        assertThat(LineWalk.walk(3.2, 40.7, 58.9, 5.1, 5, 3, 50, 44, W, b)).isEqualTo(n).isPositive();
        assertThat(Arrays.copyOf(a, n)).isEqualTo(Arrays.copyOf(b, n));
        assertThat(LineWalk.prepare(Double.NaN, 0, 1, 1, prepared, 0)).isFalse();
    }

    @Test
    void countingALineAddsOneToEveryPixelItWalksAndNoOther() {
        Random rng = new Random(11);
        long[] prepared = new long[LineWalk.SIZE];
        long[] range = new long[2];
        for (int i = 0; i < 2000; i++) {
            double x0 = rng.nextDouble() * 90 - 13;
            double y0 = rng.nextDouble() * 70 - 11;
            double x1 = rng.nextDouble() * 90 - 13;
            double y1 = rng.nextDouble() * 70 - 11;
            int cx0 = rng.nextInt(W / 2);
            int cy0 = rng.nextInt(H / 2);
            int cx1 = cx0 + rng.nextInt(W - cx0) + 1;
            int cy1 = cy0 + rng.nextInt(H - cy0) + 1;
            byte[] counts = new byte[W * H];
            counts[7] = (byte) 255;
            assertThat(LineWalk.prepare(x0, y0, x1, y1, prepared, 0)).isTrue();
            LineWalk.count(prepared, 0, cx0, cy0, cx1, cy1, W, counts, range);
            Set<Integer> walked = walked(x0, y0, x1, y1, cx0, cy0, cx1, cy1);
            for (int at = 0; at < counts.length; at++) {
                int expected = at == 7 ? 255 : walked.contains(at) ? 1 : 0;
                assertThat(counts[at] & 0xff).as("line %d, pixel %d", i, at).isEqualTo(expected);
            }
        }
    }

    @Test
    void thePixelBoundsHoldExactlyThePixelsWalkedWithinTheClip() {
        Random rng = new Random(17);
        long[] prepared = new long[LineWalk.SIZE];
        long[] range = new long[2];
        int[] box = new int[4];
        for (int i = 0; i < 5000; i++) {
            // Some ends far away, where the fixed-point slope lets the pixels stray from the line.
            double reach = i % 3 == 0 ? 1e6 : 60;
            double x0 = W / 2.0 + (rng.nextDouble() - 0.5) * reach;
            double y0 = H / 2.0 + (rng.nextDouble() - 0.5) * reach;
            double x1 = rng.nextDouble() * W;
            double y1 = rng.nextDouble() * H;
            int cx0 = rng.nextInt(W / 2);
            int cy0 = rng.nextInt(H / 2);
            int cx1 = cx0 + rng.nextInt(W - cx0) + 1;
            int cy1 = cy0 + rng.nextInt(H - cy0) + 1;
            assertThat(LineWalk.prepare(x0, y0, x1, y1, prepared, 0)).isTrue();
            Set<Integer> walked = walked(x0, y0, x1, y1, cx0, cy0, cx1, cy1);
            boolean some = LineWalk.pixelBounds(prepared, 0, cx0, cy0, cx1, cy1, range, box);
            assertThat(some).as("line %d", i).isEqualTo(!walked.isEmpty());
            if (some) {
                int[] expected = {W, -1, H, -1};
                for (int at : walked) {
                    expected[0] = Math.min(expected[0], at % W);
                    expected[1] = Math.max(expected[1], at % W);
                    expected[2] = Math.min(expected[2], at / W);
                    expected[3] = Math.max(expected[3], at / W);
                }
                assertThat(box).as("line %d", i).containsExactly(expected);
            }
        }
    }
}
