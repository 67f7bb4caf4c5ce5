package dev.blastmap.render;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Masses of thin lines of one colour drawn as ink that adds up: each line counts once in every pixel it
 * passes, and the counts then darken the picture as that many lines of the colour laid over each other would
 * ({@code 1 - (1 - alpha)^count}). Where lines are dense they become a darker haze instead of being left out,
 * and counting costs a fraction of blending every pixel of every line.
 *
 * <p>Where lines are far denser than pixels they may be counted in squares of two pixels a side instead
 * ({@link #countInSquares}): the same haze, each line taking about half as many steps into a count a quarter the
 * size. The squares are anchored to a point of the picture (the model's origin), not to the clip, so that strips
 * painted apart join without seams.
 *
 * <p>Lines are collected first and walked band by band, 128 rows (of pixels or squares) at a time: a steep line
 * steps a whole row's width in memory at every pixel, and within a band (200 KB of counts in a 1600-pixel view)
 * those steps stay in the processor's second-level cache. Measured on the 10k and 100k graphs' zoom frames, 128
 * rows cost 10% less than 64 (fewer set-ups per line) and the same as 256; 16 and 32 cost more. Bands are
 * independent (a line's pixels do not depend on the clip, see {@link LineWalk}), so big batches are shared
 * between the processor's cores, and so is preparing the lines ({@link InkLines}).
 */
final class LineDensity {

    private static final int MAX_COUNT = 255;
    /** Eight counts read as one long, to skip runs of nothing. */
    private static final VarHandle EIGHT_COUNTS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    /**
     * A band whose lines counted fewer pixels than one in this many of its area is laid over by walking the lines
     * again rather than row by row.
     */
    private static final int SPARSE = 4;
    /** Fewer line pixels than this are not worth handing to other threads. */
    private static final long PARALLEL_PIXELS = 400_000;

    private final int width;
    private final int height;
    /** Counts as unsigned bytes, saturating. */
    private final byte[] counts;
    /** The lines collected since the last lay-over. */
    private final InkLines batch = new InkLines();
    private boolean shared = true;
    /** The side of the squares counted, in pixels: 1 or 2. */
    private int side = 1;
    /** Pixel x lies in column {@code (x + shiftX) / side} of the squares; likewise y. */
    private int shiftX;
    private int shiftY;
    /** The squares the clip touches, first inclusive, last exclusive. */
    private int squareX0;
    private int squareY0;
    private int squareX1;
    private int squareY1;
    private int clipX0;
    private int clipY0;
    private int clipX1;
    private int clipY1;

    LineDensity(int width, int height) {
        if (width >= 1 << 15 || height >= 1 << 15) {
            // LineWalk counts a position across a picture in 16.16 fixed point in an int.
            throw new IllegalArgumentException("ink is counted in pictures under 32,768 pixels a side, not " + width
                    + " x " + height);
        }
        this.width = width;
        this.height = height;
        this.counts = new byte[width * height];
    }

    /**
     * Whether big batches are shared between the processor's cores (they are unless told otherwise): not when
     * the caller already paints parts of the picture on every core.
     */
    void shareBetweenCores(boolean share) {
        shared = share;
    }

    /**
     * Counts the lines collected from now on in squares of {@code side} pixels a side (1, each pixel on its own, as
     * at first; or 2), anchored at pixel ({@code originX}, {@code originY}), which may lie outside the picture.
     */
    void countInSquares(int side, long originX, long originY) {
        if (side != 1 && side != 2) {
            throw new IllegalArgumentException("ink is counted in squares of 1 or 2 pixels a side, not " + side);
        }
        this.side = side;
        shiftX = (int) (originX & (side - 1));
        shiftY = (int) (originY & (side - 1));
    }

    /** Collects a line (pixel coordinates), to be counted within the clip; see {@link LineWalk}. */
    void add(double x0, double y0, double x1, double y1, int cx0, int cy0, int cx1, int cy1) {
        clipX0 = Math.max(0, cx0);
        clipY0 = Math.max(0, cy0);
        clipX1 = Math.min(width, cx1);
        clipY1 = Math.min(height, cy1);
        batch.add((x0 + shiftX) / side, (y0 + shiftY) / side, (x1 + shiftX) / side, (y1 + shiftY) / side);
    }

    /** Lays the collected lines over the raster in this colour, each at this opacity, and starts afresh. */
    void paintOnto(PixelRaster raster, Rgba colour, double alpha) {
        if (batch.isEmpty()) {
            return;
        }
        int[] ink = new int[MAX_COUNT + 1];
        double each = Math.max(0, Math.min(1, alpha * colour.alpha()));
        for (int n = 1; n <= MAX_COUNT; n++) {
            // A line crosses about `side` of a square's side * side pixels: a square's share of its ink.
            ink[n] = PixelRaster.pixel(colour.withAlpha(1), 1 - Math.pow(1 - each, n / (double) side));
        }
        if (clipX0 >= clipX1 || clipY0 >= clipY1) {
            batch.clear();
            return;
        }
        squareX0 = (clipX0 + shiftX) / side;
        squareY0 = (clipY0 + shiftY) / side;
        squareX1 = (clipX1 - 1 + shiftX) / side + 1;
        squareY1 = (clipY1 - 1 + shiftY) / side + 1;
        InkLines.Banded banded = batch.inBands(squareX0, squareY0, squareX1, squareY1, shared);
        batch.clear();
        // Only the rows and columns the lines' squares take are walked and laid over the picture.
        int fromRow = Math.max(squareY0, banded.top());
        int toRow = Math.min(squareY1, banded.bottom() + 1);
        int fromColumn = Math.max(squareX0, banded.left());
        int toColumn = Math.min(squareX1, banded.right() + 1);
        if (fromRow >= toRow || fromColumn >= toColumn) {
            return;
        }
        long[] cost = banded.cost();
        int workers = shared && Arrays.stream(cost).sum() > PARALLEL_PIXELS
                ? Runtime.getRuntime().availableProcessors() : 1;
        // The dearest bands first, each to the next worker free: bands differ a lot (a hub's lines cross a few), and
        // handing them out in order left one core idle for a tenth of a 100k frame.
        int[] order = IntStream.range(0, cost.length).filter(b -> banded.lists()[b][0] > 0).boxed()
                .sorted((a, b) -> Long.compare(cost[b], cost[a])).mapToInt(Integer::intValue).toArray();
        long[] lines = batch.prepared();
        AtomicInteger next = new AtomicInteger();
        IntStream range = IntStream.range(0, Math.min(workers, order.length));
        (workers > 1 ? range.parallel() : range).forEach(worker -> {
            for (int k = next.getAndIncrement(); k < order.length; k = next.getAndIncrement()) {
                paintBand(raster, ink, lines, order[k], banded.lists()[order[k]], fromRow, toRow, fromColumn, toColumn);
            }
        });
    }

    private void paintBand(PixelRaster raster, int[] ink, long[] lines, int band, int[] which, int fromRow, int toRow,
                           int fromColumn, int toColumn) {
        int first = Math.max(fromRow, band * InkLines.BAND);
        int last = Math.min(toRow, band * InkLines.BAND + InkLines.BAND);
        int stride = stride();
        long[] range = new long[2];
        long counted = 0;
        for (int k = 1; k <= which[0]; k++) {
            counted += LineWalk.count(lines, LineWalk.SIZE * which[k], squareX0, first, squareX1, last, stride, counts,
                    range);
        }
        Blender blender = new Blender(ink, raster.pixels());
        // A few lines over a wide band (the failure's path across a big view) are laid over by walking them
        // again; a haze that covers much of the band is laid over row by row. Either way each counted square is
        // blended once and its count cleared.
        if (counted * SPARSE < (long) (last - first) * (toColumn - fromColumn)) {
            int[] walked = new int[Math.max(squareX1 - squareX0, last - first) + 1];
            for (int k = 1; k <= which[0]; k++) {
                int n = LineWalk.walk(lines, LineWalk.SIZE * which[k], squareX0, first, squareX1, last, stride, walked);
                for (int j = 0; j < n; j++) {
                    int row = walked[j] / stride;
                    blender.lay(row, walked[j] - row * stride);
                }
            }
        } else {
            for (int row = first; row < last; row++) {
                blender.layRow(row, fromColumn, toColumn);
            }
        }
    }

    /** How many counts make a row of squares. */
    private int stride() {
        return side == 1 ? width : width / side + 1;
    }

    /** Lays counted ink over the picture, square by square, clearing the counts. */
    private final class Blender {
        private final int[] ink;
        private final int[] pixels;
        private final int stride = stride();
        private final BlendMemo memo = new BlendMemo();

        Blender(int[] ink, int[] pixels) {
            this.ink = ink;
            this.pixels = pixels;
        }

        /**
         * Every square of a row from column {@code from} inclusive to {@code to} exclusive; eight counts of nothing
         * at a time are skipped.
         */
        void layRow(int row, int from, int to) {
            int at = row * stride;
            int column = from;
            for (; column + 8 <= to; column += 8) {
                if ((long) EIGHT_COUNTS.get(counts, at + column) != 0) {
                    for (int k = column; k < column + 8; k++) {
                        lay(row, k);
                    }
                }
            }
            for (; column < to; column++) {
                lay(row, column);
            }
        }

        /** The ink of one square over its pixels within the clip. */
        void lay(int row, int column) {
            int i = row * stride + column;
            int c = counts[i] & 0xff;
            if (c == 0) {
                return;
            }
            counts[i] = 0;
            if (side == 1) {
                pixels[i] = memo.over(ink, c, pixels[i]);
                return;
            }
            int x0 = Math.max(clipX0, column * side - shiftX);
            int x1 = Math.min(clipX1, column * side - shiftX + side);
            int y1 = Math.min(clipY1, row * side - shiftY + side);
            for (int y = Math.max(clipY0, row * side - shiftY); y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    pixels[y * width + x] = memo.over(ink, c, pixels[y * width + x]);
                }
            }
        }
    }
}
