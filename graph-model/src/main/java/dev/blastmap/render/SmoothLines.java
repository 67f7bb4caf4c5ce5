package dev.blastmap.render;

/**
 * Anti-aliased thin lines drawn straight into a {@link PixelRaster}, for the plain dependency lines and the
 * failure's path that a frame draws by the hundred and Java2D's general rasteriser paints several times slower.
 * Each pixel is covered by how far its centre lies from the line, against half the line's width (see
 * {@link SmoothShapes} for the rule). The lines of one path are collected first and then laid over the picture
 * together ({@link #paintPath}): where they overlap (at corners, at the joins of a curve's chords) a pixel takes
 * the most any of them covers it, not the sum.
 *
 * <p>Coordinates are in pixels; pixel (x, y) covers x to x + 1. Every call paints only within the clip rectangle
 * given (x from {@code cx0} inclusive to {@code cx1} exclusive, likewise y). Not thread-safe.
 */
final class SmoothLines {

    private final PixelRaster raster;
    /** Coverage of the path being collected, 0 to 255 per pixel, and the pixels it touched. */
    private final byte[] coverage;
    private int[] touched = new int[1024];
    private int touchedCount;
    /** The path's colour at each coverage (of 255), for the colour {@code scaledFrom}. */
    private final int[] scaledColours = new int[256];
    private int scaledFrom;
    private final BlendMemo memo = new BlendMemo();

    SmoothLines(PixelRaster raster) {
        this.raster = raster;
        this.coverage = new byte[raster.width() * raster.height()];
    }

    /**
     * Adds a line {@code lineWidth} pixels wide with round ends to the path being collected; {@link #paintPath}
     * lays the path over the raster.
     */
    void line(double x0, double y0, double x1, double y1, double lineWidth, int cx0, int cy0, int cx1, int cy1) {
        if (!Double.isFinite(x0 + y0 + x1 + y1) || !(lineWidth > 0)) {
            return;
        }
        double half = lineWidth / 2;
        double reach = half + 1;
        int left = Math.max(cx0, (int) Math.floor(Math.min(x0, x1) - reach));
        int right = Math.min(cx1, (int) Math.ceil(Math.max(x0, x1) + reach));
        int top = Math.max(cy0, (int) Math.floor(Math.min(y0, y1) - reach));
        int bottom = Math.min(cy1, (int) Math.ceil(Math.max(y0, y1) + reach));
        if (left >= right || top >= bottom) {
            return;
        }
        double dx = x1 - x0;
        double dy = y1 - y0;
        double length2 = dx * dx + dy * dy;
        double length = Math.sqrt(length2);
        boolean flat = Math.abs(dx) >= Math.abs(dy);
        // Distance across the longer axis times this is the distance from the line; a pixel's centre covers
        // it up to half the width and half a pixel away.
        double cos = length == 0 ? 1 : Math.abs(flat ? dx : dy) / length;
        double edge = half + 0.5;
        double across = edge / cos;
        double most = Math.min(1, lineWidth);
        // Along the line, steps this far inside both ends see no round cap.
        double alongStart = Math.min(flat ? x0 : y0, flat ? x1 : y1) + across;
        double alongEnd = Math.max(flat ? x0 : y0, flat ? x1 : y1) - across;
        double slope = flat ? (dx == 0 ? 0 : dy / dx) : dx / dy;
        double start = flat ? x0 : y0;
        double startAcross = flat ? y0 : x0;
        int stride = raster.width();
        int alongFrom = flat ? left : top;
        int alongTo = flat ? right : bottom;
        int acrossLow = flat ? top : left;
        int acrossHigh = flat ? bottom : right;
        // A line along an axis (as routed dependencies mostly are) covers every step between its ends alike:
        // those steps are laid row by row below, the same values the loop would give, without its arithmetic.
        boolean alongAxis = (flat ? dy : dx) == 0;
        int runFrom = alongTo;
        int runTo = alongTo;
        if (alongAxis) {
            runFrom = Math.max(alongFrom, (int) Math.ceil(alongStart - 0.5));
            while (runFrom > alongFrom && runFrom - 0.5 >= alongStart) {
                runFrom--;
            }
            while (runFrom + 0.5 < alongStart) {
                runFrom++;
            }
            runTo = runFrom;
            while (runTo < alongTo && runTo + 0.5 <= alongEnd) {
                runTo++;
            }
        }
        for (int u = alongFrom; u < alongTo; u++) {
            if (u == runFrom && runFrom < runTo) {
                u = runTo - 1;
                continue;
            }
            double c = u + 0.5;
            boolean inner = c >= alongStart && c <= alongEnd;
            double middle = startAcross + (Math.max(Math.min(c, Math.max(start, start + (flat ? dx : dy))),
                    Math.min(start, start + (flat ? dx : dy))) - start) * slope;
            int from = Math.max(acrossLow, (int) Math.floor(middle - across - 0.5));
            int to = Math.min(acrossHigh, (int) Math.ceil(middle + across + 0.5));
            for (int v = from; v < to; v++) {
                double k;
                if (inner) {
                    k = edge - Math.abs(v + 0.5 - middle) * cos;
                } else {
                    double px = (flat ? u : v) + 0.5 - x0;
                    double py = (flat ? v : u) + 0.5 - y0;
                    double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / length2));
                    double ex = px - t * dx;
                    double ey = py - t * dy;
                    k = edge - Math.sqrt(ex * ex + ey * ey);
                }
                if (k > 0) {
                    raise(flat ? v * stride + u : u * stride + v, (int) (Math.min(most, k) * 255 + 0.5));
                }
            }
        }
        if (runFrom < runTo) {
            int from = Math.max(acrossLow, (int) Math.floor(startAcross - across - 0.5));
            int to = Math.min(acrossHigh, (int) Math.ceil(startAcross + across + 0.5));
            int[] values = new int[Math.max(0, to - from)];
            for (int v = from; v < to; v++) {
                double k = edge - Math.abs(v + 0.5 - startAcross) * cos;
                values[v - from] = k > 0 ? (int) (Math.min(most, k) * 255 + 0.5) : 0;
            }
            // Row by row in memory order: a level line's rows one after the other, a vertical line's few columns
            // together in each row (column by column, each row would be a step of a whole row's width).
            if (flat) {
                for (int v = from; v < to; v++) {
                    for (int u = runFrom; u < runTo && values[v - from] > 0; u++) {
                        raise(v * stride + u, values[v - from]);
                    }
                }
            } else {
                for (int u = runFrom; u < runTo; u++) {
                    for (int v = from; v < to; v++) {
                        if (values[v - from] > 0) {
                            raise(u * stride + v, values[v - from]);
                        }
                    }
                }
            }
        }
    }

    /**
     * Adds a piece of a dashed line {@code lineWidth} pixels wide to the path being collected (see {@link Dashes}):
     * an end is cut square, as Java2D's butt cap, where the dash starts or stops, and round where the dash goes on
     * into the next piece, so that a dash bending round a corner is whole. Each pixel is covered by its distance
     * across the line and, at a square end, by how far inside that end its centre lies.
     */
    void dashPiece(double x0, double y0, double x1, double y1, double lineWidth, boolean squareStart,
                   boolean squareEnd, int cx0, int cy0, int cx1, int cy1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double length = Math.hypot(dx, dy);
        if (!Double.isFinite(x0 + y0 + x1 + y1) || !(lineWidth > 0) || length == 0) {
            return;
        }
        double edge = lineWidth / 2 + 0.5;
        double most = Math.min(1, lineWidth);
        double ux = dx / length;
        double uy = dy / length;
        int left = Math.max(cx0, (int) Math.floor(Math.min(x0, x1) - edge));
        int right = Math.min(cx1, (int) Math.ceil(Math.max(x0, x1) + edge));
        int top = Math.max(cy0, (int) Math.floor(Math.min(y0, y1) - edge));
        int bottom = Math.min(cy1, (int) Math.ceil(Math.max(y0, y1) + edge));
        int stride = raster.width();
        for (int row = top; row < bottom; row++) {
            double py = row + 0.5 - y0;
            for (int col = left; col < right; col++) {
                double px = col + 0.5 - x0;
                double along = px * ux + py * uy;
                double k;
                if (along < 0 && !squareStart) {
                    k = edge - Math.hypot(px, py);
                } else if (along > length && !squareEnd) {
                    k = edge - Math.hypot(px - dx, py - dy);
                } else {
                    k = edge - Math.abs(px * uy - py * ux);
                    k = squareStart ? Math.min(k, along + 0.5) : k;
                    k = squareEnd ? Math.min(k, length - along + 0.5) : k;
                }
                if (k > 0) {
                    raise(row * stride + col, (int) (Math.min(most, k) * 255 + 0.5));
                }
            }
        }
    }

    /** Raises the path's coverage of pixel {@code at} to {@code value} (of 255), listing the pixel when first covered. */
    private void raise(int at, int value) {
        int had = coverage[at] & 0xff;
        if (had == 0) {
            if (touchedCount == touched.length) {
                touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = at;
        }
        if (value > had) {
            coverage[at] = (byte) value;
        }
    }

    /**
     * Lays the lines collected since the last call over the raster in premultiplied {@code argb}. A line mostly
     * lies over one colour (the background, a group box) with a few coverages across it: each coverage is
     * blended over that colour once, not once per pixel.
     */
    void paintPath(int argb) {
        if (argb != scaledFrom) {
            for (int k = 1; k < 255; k++) {
                scaledColours[k] = SmoothShapes.scaled(argb, k + (k >> 7));
            }
            scaledColours[255] = argb;
            scaledFrom = argb;
            memo.forget();
        }
        int[] pixels = raster.pixels();
        for (int i = 0; i < touchedCount; i++) {
            int at = touched[i];
            int k = coverage[at] & 0xff;
            coverage[at] = 0;
            if (k > 0) {
                pixels[at] = memo.over(scaledColours, k, pixels[at]);
            }
        }
        touchedCount = 0;
    }

}
