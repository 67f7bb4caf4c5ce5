package dev.blastmap.render;

/**
 * The pixels of a thin line without anti-aliasing: one per step along the line's longer axis, the one whose
 * centre is nearest the line. The pixels taken depend only on the ends, never on the clip rectangle, so
 * that pieces of a picture painted with different clips join without seams.
 *
 * <p>A line is first {@linkplain #prepare prepared} into a few integers (which axis it steps along, its first
 * and last step, and its position across in 16.16 fixed point at the first step and per step), and then walked
 * within any clip with integer arithmetic only: a line walked in many bands is prepared once.
 */
final class LineWalk {

    /** How many longs a prepared line takes. */
    static final int SIZE = 5;

    private static final int SHIFT = 16;
    private static final double FIXED = 1 << SHIFT;
    private static final int FLAT = 0;
    private static final int FIRST = 1;
    private static final int LAST = 2;
    private static final int BASE = 3;
    private static final int STEP = 4;

    private LineWalk() {
    }

    /**
     * Puts into {@code out} the index ({@code y * stride + x}) of every pixel of the line from (x0, y0) to
     * (x1, y1) that lies in the clip (x from {@code cx0} inclusive to {@code cx1} exclusive, likewise y).
     * Pixel (x, y) covers x to x + 1; the line's ends are in the same coordinates. Returns how many there are;
     * {@code out} must hold at least as many as the clip is wide or high, whichever is more.
     */
    static int walk(double x0, double y0, double x1, double y1, int cx0, int cy0, int cx1, int cy1, int stride,
                    int[] out) {
        long[] line = new long[SIZE];
        return prepare(x0, y0, x1, y1, line, 0) ? walk(line, 0, cx0, cy0, cx1, cy1, stride, out) : 0;
    }

    /**
     * Prepares the line from (x0, y0) to (x1, y1) into {@code into} from {@code at} ({@link #SIZE} longs);
     * false, and nothing to walk, if an end is not a finite number.
     */
    static boolean prepare(double x0, double y0, double x1, double y1, long[] into, int at) {
        if (!Double.isFinite(x0 + y0 + x1 + y1)) {
            return false;
        }
        double dx = x1 - x0;
        double dy = y1 - y0;
        boolean flat = Math.abs(dx) >= Math.abs(dy);
        // Along the longer axis from its lower end: u is that axis, v the other.
        boolean swap = flat ? x1 < x0 : y1 < y0;
        double u0 = flat ? (swap ? x1 : x0) : (swap ? y1 : y0);
        double v0 = flat ? (swap ? y1 : y0) : (swap ? x1 : x0);
        double u1 = flat ? (swap ? x0 : x1) : (swap ? y0 : y1);
        double v1 = flat ? (swap ? y0 : y1) : (swap ? x0 : x1);
        // Steps whose centre u + 0.5 lies in [u0, u1]; a line shorter than a pixel still takes one.
        int first = (int) Math.ceil(u0 - 0.5);
        int last = Math.max(first, (int) Math.ceil(u1 - 0.5) - 1);
        double slope = u1 == u0 ? 0 : (v1 - v0) / (u1 - u0);
        // The position across at step c in 16.16 fixed point is base + (c - first) * step: exact integer
        // arithmetic from the line's own first step, so the same whatever the clip.
        into[at + FLAT] = flat ? 1 : 0;
        into[at + FIRST] = first;
        into[at + LAST] = last;
        into[at + BASE] = (long) Math.floor((v0 + (first + 0.5 - u0) * slope) * FIXED);
        into[at + STEP] = Math.round(slope * FIXED);
        return true;
    }

    /** Like {@link #walk(double, double, double, double, int, int, int, int, int, int[])}, for a prepared line. */
    static int walk(long[] lines, int at, int cx0, int cy0, int cx1, int cy1, int stride, int[] out) {
        long[] range = new long[2];
        if (!range(lines, at, cx0, cy0, cx1, cy1, range)) {
            return 0;
        }
        boolean flat = lines[at + FLAT] == 1;
        int acrossFrom = flat ? cy0 : cx0;
        int acrossTo = flat ? cy1 : cx1;
        long step = lines[at + STEP];
        int n = 0;
        long v = lines[at + BASE] + (range[0] - lines[at + FIRST]) * step;
        for (long u = range[0]; u <= range[1]; u++, v += step) {
            int across = (int) (v >> SHIFT);
            if (across >= acrossFrom && across < acrossTo) {
                out[n++] = flat ? across * stride + (int) u : (int) u * stride + across;
            }
        }
        return n;
    }

    /**
     * The smallest box holding the pixels of a prepared line within the clip, into {@code box} (first and last
     * column, first and last row, inclusive); false if it has none there. Exact: a long line's pixels may stray a
     * few pixels from the line itself (its slope is kept in fixed point), and this follows them.
     */
    static boolean pixelBounds(long[] lines, int at, int cx0, int cy0, int cx1, int cy1, long[] range, int[] box) {
        if (!range(lines, at, cx0, cy0, cx1, cy1, range)) {
            return false;
        }
        long step = lines[at + STEP];
        long v = lines[at + BASE] + (range[0] - lines[at + FIRST]) * step;
        int acrossFirst = (int) (v >> SHIFT);
        int acrossLast = (int) ((v + (range[1] - range[0]) * step) >> SHIFT);
        int along = lines[at + FLAT] == 1 ? 0 : 2;
        int across = 2 - along;
        box[along] = (int) range[0];
        box[along + 1] = (int) range[1];
        box[across] = Math.min(acrossFirst, acrossLast);
        box[across + 1] = Math.max(acrossFirst, acrossLast);
        return true;
    }

    /**
     * About how many pixels of a prepared line fall in one row: one for a steep line, for a flat one how many steps
     * it takes to move a row across (at most 65,536).
     */
    static long stepsPerRow(long[] lines, int at) {
        return lines[at + FLAT] == 1 ? (1L << SHIFT) / Math.max(1, Math.abs(lines[at + STEP])) : 1;
    }

    /**
     * Adds one, up to 255, to the count (an unsigned byte at {@code y * stride + x}) of every pixel of a prepared
     * line within the clip: the pixels {@link #walk(long[], int, int, int, int, int, int, int[]) walk} gives,
     * counted without listing them first. {@code range} is scratch space of two longs. Returns how many pixels
     * were counted.
     */
    static int count(long[] lines, int at, int cx0, int cy0, int cx1, int cy1, int stride, byte[] counts,
                     long[] range) {
        if (!range(lines, at, cx0, cy0, cx1, cy1, range)) {
            return 0;
        }
        // Within the range the position across is a pixel of the clip, so in 16.16 it fits an int (the clip is
        // narrower than 32,768 pixels, see LineDensity): int arithmetic is a tenth cheaper a step than long.
        int step = (int) lines[at + STEP];
        int v = (int) (lines[at + BASE] + (range[0] - lines[at + FIRST]) * step);
        int from = (int) range[0];
        int to = (int) range[1];
        // The range is cut exactly (integer arithmetic) to the steps whose position across lies in the clip, so
        // no step needs checking.
        if (lines[at + FLAT] == 1) {
            for (int u = from; u <= to; u++, v += step) {
                bump(counts, (v >> SHIFT) * stride + u);
            }
        } else {
            int row = from * stride;
            for (int u = from; u <= to; u++, v += step, row += stride) {
                bump(counts, row + (v >> SHIFT));
            }
        }
        return to - from + 1;
    }

    /** One more, saturating at 255 (-1 as a signed byte), with a conditional move rather than a branch. */
    private static void bump(byte[] counts, int at) {
        int c = counts[at] + 1;
        counts[at] = (byte) (c == 0 ? -1 : c);
    }

    /**
     * The first and last steps of a prepared line that may fall within the clip, into {@code range}; false if
     * none do.
     */
    private static boolean range(long[] lines, int at, int cx0, int cy0, int cx1, int cy1, long[] range) {
        if (cx0 >= cx1 || cy0 >= cy1) {
            return false;
        }
        boolean flat = lines[at + FLAT] == 1;
        int first = (int) lines[at + FIRST];
        long base = lines[at + BASE];
        long step = lines[at + STEP];
        // Steps within the clip along, then cut to those whose position across can fall within the clip.
        int alongFrom = flat ? cx0 : cy0;
        int alongTo = flat ? cx1 : cy1;
        int acrossFrom = flat ? cy0 : cx0;
        int acrossTo = flat ? cy1 : cx1;
        long from = Math.max(first, alongFrom);
        long to = Math.min(lines[at + LAST], alongTo - 1L);
        long low = ((long) acrossFrom << SHIFT) - base;
        long high = ((long) acrossTo << SHIFT) - 1 - base;
        if (step > 0) {
            from = Math.max(from, first - Math.floorDiv(-low, step));
            to = Math.min(to, first + Math.floorDiv(high, step));
        } else if (step < 0) {
            from = Math.max(from, first - Math.floorDiv(high, -step));
            to = Math.min(to, first + Math.floorDiv(-low, -step));
        } else if (low > 0 || high < 0) {
            return false;
        }
        range[0] = from;
        range[1] = to;
        return from <= to;
    }
}
