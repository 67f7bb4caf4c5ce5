package dev.blastmap.render;

import java.util.Arrays;

/**
 * A path as {@link RasterSurface} records it between {@code beginPath} and a stroke or fill: its operations and
 * their points in model coordinates, kept in flat arrays that grow as needed (a frame records paths by the
 * thousand, so nothing is allocated per point). It can be handed on to Java2D or walked as straight segments in
 * pixel coordinates. Not thread-safe.
 */
final class PathRecord {

    private static final int MOVE = 0;
    private static final int LINE = 1;
    private static final int QUAD = 2;
    private static final int CURVE = 3;
    private static final int CLOSE = 4;
    /** How far, in pixels, the chords walked for a curve may stray from it. */
    private static final double CHORD_TOLERANCE = 0.2;

    /** Receives the straight segments of a walked path, in pixel coordinates. */
    interface Segments {

        /** One segment from (x0, y0) to (x1, y1). */
        void segment(double x0, double y0, double x1, double y1);

        /** A new piece of the path starts (at the start of the segment that comes next). */
        default void moveTo() {
        }

        /** The path has been walked. */
        default void end() {
        }
    }

    private int[] ops = new int[64];
    private double[] coords = new double[256];
    private int opCount;
    private int coordCount;
    private final double[] curve = new double[8];

    /** Forgets the path recorded so far. */
    void clear() {
        opCount = 0;
        coordCount = 0;
    }

    void moveTo(double x, double y) {
        point(MOVE, x, y);
    }

    void lineTo(double x, double y) {
        point(LINE, x, y);
    }

    void quadTo(double cx, double cy, double x, double y) {
        grow(4);
        ops[opCount++] = QUAD;
        coords[coordCount++] = cx;
        coords[coordCount++] = cy;
        coords[coordCount++] = x;
        coords[coordCount++] = y;
    }

    void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        grow(6);
        ops[opCount++] = CURVE;
        coords[coordCount++] = c1x;
        coords[coordCount++] = c1y;
        coords[coordCount++] = c2x;
        coords[coordCount++] = c2y;
        coords[coordCount++] = x;
        coords[coordCount++] = y;
    }

    void closePath() {
        grow(0);
        ops[opCount++] = CLOSE;
    }

    /** How many segments it has (every operation but a move). */
    int segments() {
        int segments = 0;
        for (int i = 0; i < opCount; i++) {
            segments += ops[i] == MOVE ? 0 : 1;
        }
        return segments;
    }

    /** Hands the path to Java2D, in model coordinates. */
    void replay(Java2dSurface java2d) {
        java2d.beginPath();
        int c = 0;
        for (int i = 0; i < opCount; i++) {
            switch (ops[i]) {
                case MOVE -> java2d.moveTo(coords[c], coords[c + 1]);
                case LINE -> java2d.lineTo(coords[c], coords[c + 1]);
                case QUAD -> java2d.quadTo(coords[c], coords[c + 1], coords[c + 2], coords[c + 3]);
                case CURVE -> java2d.curveTo(coords[c], coords[c + 1], coords[c + 2], coords[c + 3], coords[c + 4],
                        coords[c + 5]);
                default -> java2d.closePath();
            }
            c += width(ops[i]);
        }
    }

    /**
     * Walks the path as straight segments in pixel coordinates (pixel = model * s + t): curves by as many chords
     * as keep them within {@link #CHORD_TOLERANCE} of the curve when {@code chords}, else by the one chord from their start to their end.
     */
    void walk(double s, double tx, double ty, boolean chords, Segments out) {
        double startX = 0;
        double startY = 0;
        double atX = 0;
        double atY = 0;
        int c = 0;
        for (int i = 0; i < opCount; i++) {
            int op = ops[i];
            if (op == MOVE) {
                out.moveTo();
                atX = coords[c] * s + tx;
                atY = coords[c + 1] * s + ty;
                startX = atX;
                startY = atY;
                c += 2;
                continue;
            }
            if (op == CLOSE) {
                out.segment(atX, atY, startX, startY);
                atX = startX;
                atY = startY;
                continue;
            }
            int n = width(op);
            c += n;
            double toX = coords[c - 2] * s + tx;
            double toY = coords[c - 1] * s + ty;
            if (op == LINE || !chords) {
                out.segment(atX, atY, toX, toY);
                atX = toX;
                atY = toY;
                continue;
            }
            double[] p = curve;
            p[0] = atX;
            p[1] = atY;
            for (int k = 0; k < n; k++) {
                p[k + 2] = coords[c - n + k] * s + (k % 2 == 0 ? tx : ty);
            }
            int points = n / 2 + 1;
            // Wang's bound: a curve of degree d cut into c equal steps of t strays at most
            // d (d - 1) / 8 * M / c^2 from its chords, M the longest second difference of its points.
            double most = 0;
            for (int k = 4; k < 2 * points; k += 2) {
                most = Math.max(most, Math.hypot(p[k] - 2 * p[k - 2] + p[k - 4], p[k + 1] - 2 * p[k - 1] + p[k - 3]));
            }
            int degree = points - 1;
            int count = (int) Math.max(2, Math.min(24, Math.ceil(Math.sqrt(degree * (degree - 1) / 8.0 * most
                    / CHORD_TOLERANCE))));
            for (int k = 1; k <= count; k++) {
                double t = k / (double) count;
                double x = bezier(p, points, 0, t);
                double y = bezier(p, points, 1, t);
                out.segment(atX, atY, x, y);
                atX = x;
                atY = y;
            }
        }
        out.end();
    }

    /** Coordinate {@code axis} (0 for x, 1 for y) at t of the Bézier curve of these {@code n} points. */
    private static double bezier(double[] p, int n, int axis, double t) {
        double u = 1 - t;
        return switch (n) {
            case 2 -> u * p[axis] + t * p[2 + axis];
            case 3 -> u * u * p[axis] + 2 * u * t * p[2 + axis] + t * t * p[4 + axis];
            default -> u * u * u * p[axis] + 3 * u * u * t * p[2 + axis] + 3 * u * t * t * p[4 + axis]
                    + t * t * t * p[6 + axis];
        };
    }

    private static int width(int op) {
        return switch (op) {
            case MOVE, LINE -> 2;
            case QUAD -> 4;
            case CURVE -> 6;
            default -> 0;
        };
    }

    private void point(int op, double x, double y) {
        grow(2);
        ops[opCount++] = op;
        coords[coordCount++] = x;
        coords[coordCount++] = y;
    }

    private void grow(int values) {
        if (opCount == ops.length) {
            ops = Arrays.copyOf(ops, opCount * 2);
        }
        if (coordCount + values > coords.length) {
            coords = Arrays.copyOf(coords, Math.max(coords.length * 2, coordCount + values));
        }
    }
}
