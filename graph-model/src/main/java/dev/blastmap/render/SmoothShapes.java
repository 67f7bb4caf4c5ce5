package dev.blastmap.render;

/**
 * Anti-aliased rounded rectangles drawn straight into a {@link PixelRaster}, for the shapes a frame draws by
 * the hundred (cards, group boxes, rings; lines are {@link SmoothLines}) that Java2D's general
 * rasteriser paints several times slower. Each pixel is covered by how far its centre lies inside the shape's
 * outline, measured along the outline's normal (a signed distance): fully within half a pixel inside, not at
 * all half a pixel outside, linearly between. Only the pixels near an outline are measured; the inside of a
 * filled shape is a run of solid pixels.
 *
 * <p>Coordinates are in pixels; pixel (x, y) covers x to x + 1. Every call paints only within the clip
 * rectangle given (x from {@code cx0} inclusive to {@code cx1} exclusive, likewise y). Not thread-safe.
 */
final class SmoothShapes {

    private final PixelRaster raster;

    SmoothShapes(PixelRaster raster) {
        this.raster = raster;
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
    static int scaled(int argb, int k) {
        int a = (argb >>> 24) * k >> 8;
        int r = (argb >> 16 & 0xff) * k >> 8;
        int g = (argb >> 8 & 0xff) * k >> 8;
        int b = (argb & 0xff) * k >> 8;
        return a << 24 | r << 16 | g << 8 | b;
    }
}
