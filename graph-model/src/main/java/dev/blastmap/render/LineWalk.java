package dev.blastmap.render;

/**
 * The pixels of a thin line without anti-aliasing: one per step along the line's longer axis, the one whose
 * centre is nearest the line. The pixels taken depend only on the ends, never on the clip rectangle, so
 * that pieces of a picture painted with different clips join without seams.
 */
final class LineWalk {

    private static final int SHIFT = 16;
    private static final double FIXED = 1 << SHIFT;

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
        if (cx0 >= cx1 || cy0 >= cy1 || !Double.isFinite(x0 + y0 + x1 + y1)) {
            return 0;
        }
        double dx = x1 - x0;
        double dy = y1 - y0;
        if (Math.abs(dx) >= Math.abs(dy)) {
            if (x1 < x0) {
                return walkX(x1, y1, x0, y0, cx0, cy0, cx1, cy1, stride, out);
            }
            return walkX(x0, y0, x1, y1, cx0, cy0, cx1, cy1, stride, out);
        }
        if (y1 < y0) {
            return walkY(x1, y1, x0, y0, cx0, cy0, cx1, cy1, stride, out);
        }
        return walkY(x0, y0, x1, y1, cx0, cy0, cx1, cy1, stride, out);
    }

    /** A line at most 45 degrees from the horizontal, x0 <= x1: one pixel per column. */
    private static int walkX(double x0, double y0, double x1, double y1, int cx0, int cy0, int cx1, int cy1,
                             int stride, int[] out) {
        // Columns whose centre x + 0.5 lies in [x0, x1]; a line shorter than a pixel still takes one.
        int first = (int) Math.ceil(x0 - 0.5);
        int last = Math.max(first, (int) Math.ceil(x1 - 0.5) - 1);
        double slope = x1 == x0 ? 0 : (y1 - y0) / (x1 - x0);
        // The row of column c in 16.16 fixed point is base + (c - first) * step: exact integer arithmetic from
        // the line's own first column, so the same whatever the clip.
        long step = Math.round(slope * FIXED);
        long base = (long) Math.floor((y0 + (first + 0.5 - x0) * slope) * FIXED);
        int from = Math.max(first, cx0);
        int to = Math.min(last, cx1 - 1);
        if (step != 0) {
            // Cut the columns to those whose row can fall in the clip.
            double atTop = first + ((double) cy0 * FIXED - base) / step;
            double atBottom = first + ((double) cy1 * FIXED - base) / step;
            from = (int) Math.max(from, Math.floor(Math.min(atTop, atBottom)) - 1);
            to = (int) Math.min(to, Math.ceil(Math.max(atTop, atBottom)) + 1);
        }
        int n = 0;
        long y = base + (long) (from - first) * step;
        for (int x = from; x <= to; x++, y += step) {
            int row = (int) (y >> SHIFT);
            if (row >= cy0 && row < cy1) {
                out[n++] = row * stride + x;
            }
        }
        return n;
    }

    /** A line steeper than 45 degrees, y0 <= y1: one pixel per row. */
    private static int walkY(double x0, double y0, double x1, double y1, int cx0, int cy0, int cx1, int cy1,
                             int stride, int[] out) {
        int first = (int) Math.ceil(y0 - 0.5);
        int last = Math.max(first, (int) Math.ceil(y1 - 0.5) - 1);
        double slope = (x1 - x0) / (y1 - y0);
        long step = Math.round(slope * FIXED);
        long base = (long) Math.floor((x0 + (first + 0.5 - y0) * slope) * FIXED);
        int from = Math.max(first, cy0);
        int to = Math.min(last, cy1 - 1);
        if (step != 0) {
            double atLeft = first + ((double) cx0 * FIXED - base) / step;
            double atRight = first + ((double) cx1 * FIXED - base) / step;
            from = (int) Math.max(from, Math.floor(Math.min(atLeft, atRight)) - 1);
            to = (int) Math.min(to, Math.ceil(Math.max(atLeft, atRight)) + 1);
        }
        int n = 0;
        long x = base + (long) (from - first) * step;
        for (int y = from; y <= to; y++, x += step) {
            int column = (int) (x >> SHIFT);
            if (column >= cx0 && column < cx1) {
                out[n++] = y * stride + column;
            }
        }
        return n;
    }
}
