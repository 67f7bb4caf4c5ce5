package dev.blastmap.render;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * One batch of {@link LineDensity} ink's lines: their ends as they are collected, then, for one clip, each
 * prepared for walking ({@link LineWalk}) and listed in the bands of rows its pixels fall in. A big batch is
 * prepared and listed on every core: at 300,000 lines this was a sixth of a frame on one thread.
 */
final class InkLines {

    /** Rows in a band. */
    static final int BAND = 128;
    /** Fewer lines than this are prepared on the calling thread alone. */
    private static final int PARALLEL_LINES = 20_000;

    private double[] ends = new double[4 * 1024];
    private long[] prepared = new long[LineWalk.SIZE * 1024];
    /** The first and last rows of each line's pixels within the clip (first after last: none there). */
    private int[] rows = new int[2 * 1024];
    private int count;
    /** Each band's list of lines, kept from batch to batch (a frame of a big graph listed 3 MB afresh). */
    private int[][] lists = new int[0][];

    /** Collects a line from (x0, y0) to (x1, y1), pixel coordinates. */
    void add(double x0, double y0, double x1, double y1) {
        if (4 * (count + 1) > ends.length) {
            ends = Arrays.copyOf(ends, ends.length * 2);
        }
        ends[4 * count] = x0;
        ends[4 * count + 1] = y0;
        ends[4 * count + 2] = x1;
        ends[4 * count + 3] = y1;
        count++;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** Forgets the lines collected. */
    void clear() {
        count = 0;
    }

    /** The lines prepared by the last {@link #inBands}, {@link LineWalk#SIZE} longs each. */
    long[] prepared() {
        return prepared;
    }

    /**
     * The collected lines' pixels within the clip ({@code cx0} to {@code cx1} exclusive, likewise y, all within
     * the picture), band by band: which lines have pixels in each band, about how many pixels they count there,
     * and the box all their pixels take. On every core when {@code shared} and the batch is big.
     */
    Banded inBands(int cx0, int cy0, int cx1, int cy1, boolean shared) {
        if (prepared.length < LineWalk.SIZE * count) {
            prepared = new long[LineWalk.SIZE * count];
            rows = new int[2 * count];
        }
        int bands = (cy1 - 1) / BAND + 1;
        int parts = shared && count >= PARALLEL_LINES ? 2 * Runtime.getRuntime().availableProcessors() : 1;
        Part[] part = new Part[parts];
        each(parts, p -> part[p] = prepare((int) ((long) count * p / parts), (int) ((long) count * (p + 1) / parts),
                bands, cx0, cy0, cx1, cy1));
        // Each part lists its lines after the earlier parts' in every band.
        if (lists.length < bands) {
            lists = Arrays.copyOf(lists, bands);
        }
        long[] cost = new long[bands];
        int[][] starts = new int[parts][bands];
        int top = Integer.MAX_VALUE;
        int bottom = Integer.MIN_VALUE;
        int left = Integer.MAX_VALUE;
        int right = Integer.MIN_VALUE;
        for (int b = 0; b < bands; b++) {
            int size = 0;
            for (int p = 0; p < parts; p++) {
                starts[p][b] = size + 1;
                size += part[p].sizes[b];
                cost[b] += part[p].cost[b];
            }
            if (lists[b] == null || lists[b].length < size + 1) {
                lists[b] = new int[size + 1 + size / 4];
            }
            lists[b][0] = size;
        }
        for (Part p : part) {
            top = Math.min(top, p.box[2]);
            bottom = Math.max(bottom, p.box[3]);
            left = Math.min(left, p.box[0]);
            right = Math.max(right, p.box[1]);
        }
        each(parts, p -> list((int) ((long) count * p / parts), (int) ((long) count * (p + 1) / parts), lists,
                starts[p]));
        return new Banded(lists, cost, left, top, right, bottom);
    }

    /**
     * The lines with pixels in each band (the first element is how many; the arrays are the batch's own, valid
     * until its next {@code inBands}, and may be longer), what each band costs, their box.
     */
    record Banded(int[][] lists, long[] cost, int left, int top, int right, int bottom) {
    }

    /** What preparing lines {@code from} to {@code to} found: how many lines each band has, what it costs, their box. */
    private record Part(int[] sizes, long[] cost, int[] box) {
    }

    private static void each(int n, IntConsumer task) {
        IntStream range = IntStream.range(0, n);
        (n > 1 ? range.parallel() : range).forEach(task);
    }

    private Part prepare(int from, int to, int bands, int cx0, int cy0, int cx1, int cy1) {
        int[] sizes = new int[bands];
        long[] cost = new long[bands];
        int[] all = {Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE};
        long[] range = new long[2];
        int[] box = new int[4];
        for (int i = from; i < to; i++) {
            double x0 = ends[4 * i];
            double y0 = ends[4 * i + 1];
            double x1 = ends[4 * i + 2];
            double y1 = ends[4 * i + 3];
            rows[2 * i] = 1;
            rows[2 * i + 1] = 0;
            // Whether the line has pixels in the clip is asked of its pixels, not of the ideal line: over a long way
            // its pixels stray from it (the slope is kept in fixed point).
            if (!LineWalk.prepare(x0, y0, x1, y1, prepared, LineWalk.SIZE * i)
                    || !LineWalk.pixelBounds(prepared, LineWalk.SIZE * i, cx0, cy0, cx1, cy1, range, box)) {
                continue;
            }
            rows[2 * i] = box[2];
            rows[2 * i + 1] = box[3];
            all[0] = Math.min(all[0], box[0]);
            all[1] = Math.max(all[1], box[1]);
            all[2] = Math.min(all[2], box[2]);
            all[3] = Math.max(all[3], box[3]);
            // About how many pixels in each band: a steep line one a row, a flat one as many as it steps along a row.
            long perRow = Math.min(cx1 - cx0, LineWalk.stepsPerRow(prepared, LineWalk.SIZE * i));
            for (int b = box[2] / BAND; b <= box[3] / BAND; b++) {
                sizes[b]++;
                cost[b] += perRow * (Math.min(box[3], b * BAND + BAND - 1) - Math.max(box[2], b * BAND) + 1);
            }
        }
        return new Part(sizes, cost, all);
    }

    private void list(int from, int to, int[][] lists, int[] next) {
        int[] at = next.clone();
        for (int i = from; i < to; i++) {
            for (int b = rows[2 * i] / BAND; rows[2 * i] <= rows[2 * i + 1] && b <= rows[2 * i + 1] / BAND; b++) {
                lists[b][at[b]++] = i;
            }
        }
    }
}
