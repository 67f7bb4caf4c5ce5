package dev.blastmap.render;

import java.util.Arrays;

/**
 * A picture as an array of pixels that the app puts on screen as it is (a JavaFX {@code PixelBuffer} over the
 * same array) and that Java2D can paint into too ({@link RasterSurface}). The few operations that a frame
 * repeats thousands of times, filling small rectangles, blending thin lines and moving the whole picture, are
 * done here on the array, without the generality (and the cost per call) of a 2D library.
 *
 * <p>Pixels are premultiplied ARGB ({@code 0xAARRGGBB}), row after row. Every operation is clipped to the
 * raster. Not thread-safe, except that threads may paint disjoint rows of one raster at once, each bringing
 * its own scratch space to {@code blendLine}.
 */
public final class PixelRaster {

    /** Spans up to this many pixels are filled by a plain loop. */
    private static final int SHORT_SPAN = 16;

    private final int width;
    private final int height;
    private final int[] pixels;
    private final int[] line;

    /** A raster of this size, all pixels transparent. */
    public PixelRaster(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a raster needs a positive size, was " + width + " x " + height);
        }
        this.width = width;
        this.height = height;
        this.pixels = new int[Math.multiplyExact(width, height)];
        this.line = new int[Math.max(width, height) + 1];
    }

    /** Its width in pixels. */
    public int width() {
        return width;
    }

    /** Its height in pixels. */
    public int height() {
        return height;
    }

    /** The pixels themselves, premultiplied ARGB row after row; writing them changes the picture. */
    public int[] pixels() {
        return pixels;
    }

    /** The pixel at a point, premultiplied ARGB. */
    public int at(int x, int y) {
        return pixels[y * width + x];
    }

    /** A colour at an opacity as a premultiplied ARGB pixel. */
    public static int pixel(Rgba colour, double alpha) {
        int a = (int) Math.round(255 * Math.max(0, Math.min(1, colour.alpha() * alpha)));
        return a << 24 | (colour.red() * a + 127) / 255 << 16 | (colour.green() * a + 127) / 255 << 8
                | (colour.blue() * a + 127) / 255;
    }

    /** Sets every pixel. */
    public void fill(int argb) {
        Arrays.fill(pixels, argb);
    }

    /** Paints a premultiplied pixel over the pixels from (x0, y0) inclusive to (x1, y1) exclusive. */
    public void fillRect(int x0, int y0, int x1, int y1, int argb) {
        int left = Math.max(0, x0);
        int top = Math.max(0, y0);
        int right = Math.min(width, x1);
        int bottom = Math.min(height, y1);
        if (left >= right || top >= bottom || argb == 0) {
            return;
        }
        int a = argb >>> 24;
        for (int y = top; y < bottom; y++) {
            int row = y * width;
            if (a == 255 && right - left <= SHORT_SPAN) {
                // A service far out is a few pixels: a plain loop costs less than setting up a fill.
                for (int i = row + left; i < row + right; i++) {
                    pixels[i] = argb;
                }
            } else if (a == 255) {
                Arrays.fill(pixels, row + left, row + right, argb);
            } else {
                blendSpan(pixels, row + left, row + right, argb);
            }
        }
    }

    /**
     * Copies another raster of the same size into this one moved by (dx, dy) pixels; the pixels it does not
     * cover are left as they were.
     */
    public void copyShifted(PixelRaster from, int dx, int dy) {
        if (from.width != width || from.height != height) {
            throw new IllegalArgumentException("rasters differ in size");
        }
        int left = Math.max(0, dx);
        int right = Math.min(width, width + dx);
        if (left >= right) {
            return;
        }
        for (int y = Math.max(0, dy); y < Math.min(height, height + dy); y++) {
            System.arraycopy(from.pixels, (y - dy) * width + left - dx, pixels, y * width + left, right - left);
        }
    }

    /** Copies another raster of the same size into this one. */
    public void copyFrom(PixelRaster from) {
        copyShifted(from, 0, 0);
    }

    /** Copies the rows from {@code y0} inclusive to {@code y1} exclusive of another raster of the same size. */
    public void copyRows(PixelRaster from, int y0, int y1) {
        if (from.width != width || from.height != height) {
            throw new IllegalArgumentException("rasters differ in size");
        }
        int top = Math.max(0, y0);
        int bottom = Math.min(height, y1);
        if (top < bottom) {
            System.arraycopy(from.pixels, top * width, pixels, top * width, (bottom - top) * width);
        }
    }

    /**
     * Blends a one-pixel line from (x0, y0) to (x1, y1), in pixel coordinates, over the picture: one pixel per
     * step along its longer axis, without anti-aliasing. Only the pixels inside the clip rectangle (x from
     * {@code cx0} inclusive to {@code cx1} exclusive, likewise y) change, and which pixels the line takes does
     * not depend on the clip, so that a picture painted in pieces matches one painted whole.
     */
    public void blendLine(double x0, double y0, double x1, double y1, int argb, int cx0, int cy0, int cx1, int cy1) {
        blendLine(x0, y0, x1, y1, argb, cx0, cy0, cx1, cy1, line);
    }

    /**
     * {@link #blendLine(double, double, double, double, int, int, int, int, int) blendLine} with scratch space of
     * the caller's, at least as long as the raster is wide or high plus one: threads that paint disjoint parts of
     * one raster each bring their own.
     */
    public void blendLine(double x0, double y0, double x1, double y1, int argb, int cx0, int cy0, int cx1, int cy1,
                          int[] scratch) {
        int n = LineWalk.walk(x0, y0, x1, y1, Math.max(0, cx0), Math.max(0, cy0), Math.min(width, cx1),
                Math.min(height, cy1), width, scratch);
        for (int k = 0; k < n; k++) {
            pixels[scratch[k]] = over(argb, pixels[scratch[k]]);
        }
    }

    /**
     * Lays a premultiplied pixel over the pixels from {@code from} inclusive to {@code to} exclusive. Runs of
     * one colour (a background, a group box) are blended once per run.
     */
    static void blendSpan(int[] pixels, int from, int to, int argb) {
        int under = 0;
        int blended = over(argb, 0);
        for (int i = from; i < to; i++) {
            int p = pixels[i];
            if (p != under) {
                under = p;
                blended = over(argb, p);
            }
            pixels[i] = blended;
        }
    }

    /**
     * A premultiplied pixel over another: each channel of {@code dst} scaled by what {@code src} lets through,
     * {@code (c * keep + 127) / 255}, plus {@code src}'s. Two channels are scaled at once (red with blue, alpha with
     * green, 16 bits apart), and the division is {@code (t + (t >> 8)) >> 8} with {@code t = c * keep + 128}, which
     * gives the same for every c and keep up to 255 (PixelRasterTest tries them all).
     */
    static int over(int src, int dst) {
        int keep = 255 - (src >>> 24);
        if (keep == 0) {
            return src;
        }
        int rb = (dst & 0x00ff00ff) * keep + 0x00800080;
        rb = (rb + (rb >>> 8 & 0x00ff00ff)) >>> 8 & 0x00ff00ff;
        int ag = (dst >>> 8 & 0x00ff00ff) * keep + 0x00800080;
        ag = ag + (ag >>> 8 & 0x00ff00ff) & 0xff00ff00;
        return src + (rb | ag);
    }
}
