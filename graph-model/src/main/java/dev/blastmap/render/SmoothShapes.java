package dev.blastmap.render;

/**
 * Anti-aliased rounded rectangles and thin lines drawn straight into a {@link PixelRaster}, for the shapes a
 * frame draws by the hundred (cards, group boxes, rings, plain dependency lines) that Java2D's general
 * rasteriser paints several times slower. Each pixel is covered by how far its centre lies inside the shape's
 * outline, measured along the outline's normal (a signed distance): fully within half a pixel inside, not at
 * all half a pixel outside, linearly between. Only the pixels near an outline are measured; the inside of a
 * filled shape is a run of solid pixels.
 *
 * <p>Coordinates are in pixels; pixel (x, y) covers x to x + 1. Every call paints only within the clip
 * rectangle given (x from {@code cx0} inclusive to {@code cx1} exclusive, likewise y). The lines of one path
 * are joined: where they overlap (at corners) a pixel takes the most any of them covers it, not the sum.
 * Not thread-safe.
 */
final class SmoothShapes {

    private final PixelRaster raster;
    /** Coverage of the path being collected, 0 to 255 per pixel, and the pixels it touched. */
    private final byte[] coverage;
    private int[] touched = new int[1024];
    /** The path's colour at each coverage (of 255), for the colour {@code scaledFrom}. */
    private final int[] scaledColours = new int[256];
    private int scaledFrom;
    private final BlendMemo memo = new BlendMemo();
    private int touchedCount;

    SmoothShapes(PixelRaster raster) {
        this.raster = raster;
        this.coverage = new byte[raster.width() * raster.height()];
    }

    /**
     * Fills a rectangle with corners rounded to {@code radius} in premultiplied {@code argb}; with
     * {@code smooth} false, each pixel is painted wholly or not at all (at half coverage).
     */
    void fillRoundRect(double x, double y, double w, double h, double radius, int argb, boolean smooth,
                       int cx0, int cy0, int cx1, int cy1) {
        if (!(w > 0) || !(h > 0) || argb == 0) {
            return;
        }
        double hx = w / 2;
        double hy = h / 2;
        double cx = x + hx;
        double cy = y + hy;
        double r = Math.max(0, Math.min(radius, Math.min(hx, hy)));
        int top = Math.max(cy0, (int) Math.floor(y - 1));
        int bottom = Math.min(cy1, (int) Math.ceil(y + h + 1));
        int[] pixels = raster.pixels();
        int stride = raster.width();
        for (int row = top; row < bottom; row++) {
            double dy = Math.abs(row + 0.5 - cy);
            double outer = halfWidth(hx + 1, hy + 1, r + 1, dy);
            if (outer < 0) {
                continue;
            }
            double inner = halfWidth(hx - 1, hy - 1, Math.max(0, r - 1), dy);
            int from = Math.max(cx0, (int) Math.floor(cx - outer));
            int to = Math.min(cx1, (int) Math.ceil(cx + outer));
            // Pixels whose centre lies within the shape shrunk by a pixel are wholly inside it.
            int solidFrom = inner < 0 ? to : Math.max(from, (int) Math.ceil(cx - inner - 0.5));
            int solidTo = inner < 0 ? to : Math.min(to, (int) Math.floor(cx + inner - 0.5) + 1);
            int at = row * stride;
            long run = straightRun(row, cx, cy, hx, hy, r, from, to);
            int runFrom = (int) (run >> 32);
            int runTo = (int) run;
            for (int col = from; col < to; col++) {
                if (col == solidFrom && solidFrom < solidTo) {
                    span(pixels, at + col, at + solidTo, argb);
                    col = solidTo - 1;
                    continue;
                }
                if (col == runFrom && runFrom < runTo) {
                    double d = Math.abs(row + 0.5 - cy) - (hy - r) - r;
                    blendRun(pixels, at + runFrom, at + runTo, argb, cover(0.5 - d, smooth));
                    col = runTo - 1;
                    continue;
                }
                double d = distance(col + 0.5 - cx, row + 0.5 - cy, hx, hy, r);
                blend(pixels, at + col, argb, cover(0.5 - d, smooth));
            }
        }
    }

    /** Outlines a rounded rectangle with a line {@code lineWidth} pixels wide centred on its edge. */
    void strokeRoundRect(double x, double y, double w, double h, double radius, double lineWidth, int argb,
                         boolean smooth, int cx0, int cy0, int cx1, int cy1) {
        if (!(w >= 0) || !(h >= 0) || !(lineWidth > 0) || argb == 0) {
            return;
        }
        double hx = w / 2;
        double hy = h / 2;
        double cx = x + hx;
        double cy = y + hy;
        double r = Math.max(0, Math.min(radius, Math.min(hx, hy)));
        double half = lineWidth / 2;
        double reach = half + 1;
        int top = Math.max(cy0, (int) Math.floor(y - reach));
        int bottom = Math.min(cy1, (int) Math.ceil(y + h + reach));
        int[] pixels = raster.pixels();
        int stride = raster.width();
        for (int row = top; row < bottom; row++) {
            double dy = Math.abs(row + 0.5 - cy);
            double outer = halfWidth(hx + reach, hy + reach, r + reach, dy);
            if (outer < 0) {
                continue;
            }
            // Pixels whose centre lies within the shape shrunk by half the line and a pixel are not covered.
            double inner = hx - reach > 0 && hy - reach > 0 ? halfWidth(hx - reach, hy - reach, Math.max(0, r - reach), dy) : -1;
            int from = Math.max(cx0, (int) Math.floor(cx - outer));
            int to = Math.min(cx1, (int) Math.ceil(cx + outer));
            int gapFrom = inner < 0 ? to : Math.max(from, (int) Math.ceil(cx - inner - 0.5));
            int gapTo = inner < 0 ? to : Math.min(to, (int) Math.floor(cx + inner - 0.5) + 1);
            int at = row * stride;
            long run = straightRun(row, cx, cy, hx, hy, r, from, to);
            int runFrom = (int) (run >> 32);
            int runTo = (int) run;
            for (int col = from; col < to; col++) {
                if (col == gapFrom && gapFrom < gapTo) {
                    col = gapTo - 1;
                    continue;
                }
                if (col == runFrom && runFrom < runTo) {
                    double d = Math.abs(Math.abs(row + 0.5 - cy) - (hy - r) - r);
                    blendRun(pixels, at + runFrom, at + runTo, argb,
                            Math.min(cover(half + 0.5 - d, smooth), cover(lineWidth, smooth)));
                    col = runTo - 1;
                    continue;
                }
                double d = Math.abs(distance(col + 0.5 - cx, row + 0.5 - cy, hx, hy, r));
                blend(pixels, at + col, argb, Math.min(cover(half + 0.5 - d, smooth), cover(lineWidth, smooth)));
            }
        }
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
                scaledColours[k] = scaled(argb, k + (k >> 7));
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

    /**
     * The columns of a row above or below a rounded rectangle's straight sides, between its corners, packed as
     * (first &lt;&lt; 32 | after the last): their nearest point of the outline is on the top or bottom side, at one
     * distance for all of them, so they take one coverage. Empty (first = after = {@code to}) for a row beside
     * the sides.
     */
    private static long straightRun(int row, double cx, double cy, double hx, double hy, double r, int from, int to) {
        double qy = Math.abs(row + 0.5 - cy) - (hy - r);
        if (!(qy >= 0)) {
            return (long) to << 32 | to;
        }
        double straight = hx - r;
        int first = Math.max(from, (int) Math.ceil(cx - straight - 0.5) - 1);
        int after = Math.min(to, (int) Math.floor(cx + straight - 0.5) + 2);
        // The same test distance() makes: a column belongs when its centre's qx is not above zero.
        while (first < after && Math.abs(first + 0.5 - cx) - straight > 0) {
            first++;
        }
        while (after > first && Math.abs(after - 1 + 0.5 - cx) - straight > 0) {
            after--;
        }
        return first < after ? (long) first << 32 | after : (long) to << 32 | to;
    }

    /** Blends {@code argb} at k / 256 of its strength over a run of pixels, as {@link #blend} does each. */
    private static void blendRun(int[] pixels, int from, int to, int argb, int k) {
        if (k > 0) {
            PixelRaster.blendSpan(pixels, from, to, k >= 256 ? argb : scaled(argb, k));
        }
    }

    /**
     * Half the width, at a distance {@code dy} from the middle, of a rectangle of half sizes (hx, hy) with
     * corners of this radius; negative if the row misses it.
     */
    private static double halfWidth(double hx, double hy, double r, double dy) {
        if (hx < 0 || hy < 0 || dy > hy) {
            return -1;
        }
        double straight = hy - r;
        if (dy <= straight) {
            return hx;
        }
        double e = dy - straight;
        return hx - r + Math.sqrt(Math.max(0, r * r - e * e));
    }

    /** Signed distance from a point (relative to the middle) to the outline: negative inside. */
    private static double distance(double px, double py, double hx, double hy, double r) {
        double qx = Math.abs(px) - (hx - r);
        double qy = Math.abs(py) - (hy - r);
        // Only beside a corner is the nearest point of the outline on its arc; elsewhere it is on a side.
        return qx > 0 && qy > 0 ? Math.sqrt(qx * qx + qy * qy) - r : Math.max(qx, qy) - r;
    }

    /** Coverage 0 to 256 of a pixel whose centre lies {@code inside} pixels within the outline. */
    private static int cover(double inside, boolean smooth) {
        if (!smooth) {
            return inside >= 0.5 ? 256 : 0;
        }
        return inside <= 0 ? 0 : inside >= 1 ? 256 : (int) (inside * 256 + 0.5);
    }

    private static void span(int[] pixels, int from, int to, int argb) {
        if (argb >>> 24 == 255) {
            java.util.Arrays.fill(pixels, from, to, argb);
            return;
        }
        PixelRaster.blendSpan(pixels, from, to, argb);
    }

    private static void blend(int[] pixels, int at, int argb, int k) {
        if (k >= 256) {
            pixels[at] = PixelRaster.over(argb, pixels[at]);
        } else if (k > 0) {
            pixels[at] = PixelRaster.over(scaled(argb, k), pixels[at]);
        }
    }

    /** A premultiplied pixel at k / 256 of its strength. */
    private static int scaled(int argb, int k) {
        int a = (argb >>> 24) * k >> 8;
        int r = (argb >> 16 & 0xff) * k >> 8;
        int g = (argb >> 8 & 0xff) * k >> 8;
        int b = (argb & 0xff) * k >> 8;
        return a << 24 | r << 16 | g << 8 | b;
    }
}
