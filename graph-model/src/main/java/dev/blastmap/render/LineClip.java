package dev.blastmap.render;

/** Which part of a straight line lies in a rectangle (Liang and Barsky's clip). */
final class LineClip {

    private LineClip() {
    }

    /**
     * Narrows {@code t} (from 0 to 1 along the line from (x0, y0) to (x1, y1), given as {@code {0, 1}}) to the part
     * within x {@code cx0} to {@code cx1} and y {@code cy0} to {@code cy1}; false if no part is.
     */
    static boolean within(double x0, double y0, double x1, double y1, double cx0, double cy0, double cx1, double cy1,
                          double[] t) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        return edge(-dx, x0 - cx0, t) && edge(dx, cx1 - x0, t) && edge(-dy, y0 - cy0, t) && edge(dy, cy1 - y0, t);
    }

    /** One edge: narrows [t[0], t[1]] to where p * t <= q; false if nothing is left. */
    private static boolean edge(double p, double q, double[] t) {
        if (p == 0) {
            return q >= 0;
        }
        double r = q / p;
        if (p < 0) {
            t[0] = Math.max(t[0], r);
        } else {
            t[1] = Math.min(t[1], r);
        }
        return t[0] <= t[1];
    }
}
