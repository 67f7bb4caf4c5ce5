package dev.blastmap.render;

/**
 * Masses of thin lines of one colour drawn as ink that adds up: each line counts once in every pixel it
 * passes, and the counts then darken the picture as that many lines of the colour laid over each other would
 * ({@code 1 - (1 - alpha)^count}). Where lines are dense they become a darker haze instead of being left out,
 * and counting costs a fraction of blending every pixel of every line.
 */
final class LineDensity {

    private static final int MAX_COUNT = 255;

    private final int width;
    private final int height;
    private final int[] counts;
    private final int[] line;
    private int top = Integer.MAX_VALUE;
    private int bottom = -1;
    private int lines;

    LineDensity(int width, int height) {
        this.width = width;
        this.height = height;
        this.counts = new int[width * height];
        this.line = new int[Math.max(width, height) + 1];
    }

    /** Counts a line (pixel coordinates) in the pixels it passes within the clip; see {@link LineWalk}. */
    void add(double x0, double y0, double x1, double y1, int cx0, int cy0, int cx1, int cy1) {
        int n = LineWalk.walk(x0, y0, x1, y1, Math.max(0, cx0), Math.max(0, cy0), Math.min(width, cx1),
                Math.min(height, cy1), width, line);
        if (n == 0) {
            return;
        }
        for (int k = 0; k < n; k++) {
            counts[line[k]]++;
        }
        top = Math.min(top, Math.min(line[0], line[n - 1]) / width);
        bottom = Math.max(bottom, Math.max(line[0], line[n - 1]) / width);
        lines++;
    }

    /** How many lines were counted since the last {@link #paintOnto}. */
    int lines() {
        return lines;
    }

    /** Lays the counted lines over the raster in this colour, each at this opacity, and starts counting afresh. */
    void paintOnto(PixelRaster raster, Rgba colour, double alpha) {
        if (bottom < 0) {
            return;
        }
        int[] ink = new int[MAX_COUNT + 1];
        double each = Math.max(0, Math.min(1, alpha * colour.alpha()));
        for (int n = 1; n <= MAX_COUNT; n++) {
            ink[n] = PixelRaster.pixel(colour.withAlpha(1), 1 - Math.pow(1 - each, n));
        }
        int[] pixels = raster.pixels();
        for (int i = top * width, end = (bottom + 1) * width; i < end; i++) {
            int c = counts[i];
            if (c != 0) {
                pixels[i] = PixelRaster.over(ink[Math.min(c, MAX_COUNT)], pixels[i]);
                counts[i] = 0;
            }
        }
        top = Integer.MAX_VALUE;
        bottom = -1;
        lines = 0;
    }
}
