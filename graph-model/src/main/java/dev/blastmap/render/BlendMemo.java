package dev.blastmap.render;

/**
 * Blends one of 256 premultiplied sources (the ink of n lines, a line's coverage k) over pixels, remembering each
 * result while the colour underneath stays the same: most pixels that a haze or a line covers lie over one colour
 * (the background, a group box), so each source is blended once per run of that colour, not once per pixel.
 */
final class BlendMemo {

    private final int[] blended = new int[256];
    private final int[] of = new int[256];
    private int under;
    private int generation = 1;

    /** Forgets every blend, for sources that have changed. */
    void forget() {
        generation++;
    }

    /** {@code sources[k]} over {@code under}. */
    int over(int[] sources, int k, int under) {
        if (under != this.under) {
            this.under = under;
            generation++;
        }
        if (of[k] != generation) {
            blended[k] = PixelRaster.over(sources[k], under);
            of[k] = generation;
        }
        return blended[k];
    }
}
