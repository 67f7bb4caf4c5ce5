package dev.blastmap.app.canvas;

import java.util.Arrays;

/**
 * Where a picture's rows are cut into one band per lane (see {@link Bands}), learnt from how long each band took
 * to paint: a band that took longer than the others gives rows to its neighbours, so that the lanes finish
 * together. Where the cuts lie never changes what the picture looks like, only how soon it is done.
 */
final class BandSplit {

    /** How much of the move towards balanced cuts one frame's costs make (the rest is the cuts as they were). */
    private static final double STEP = 0.5;

    private final double[] cuts;
    private final double least;

    /** Equal bands for this many lanes. */
    BandSplit(int lanes) {
        if (lanes < 1) {
            throw new IllegalArgumentException("at least one lane, not " + lanes);
        }
        cuts = new double[lanes + 1];
        for (int i = 0; i <= lanes; i++) {
            cuts[i] = i / (double) lanes;
        }
        // Every band keeps some rows, so that its cost goes on being measured.
        least = 0.25 / lanes;
    }

    /** How many bands. */
    int lanes() {
        return cuts.length - 1;
    }

    /** The first row of each band and, last, {@code height}: band i is rows {@code [r[i], r[i + 1])}. */
    int[] rows(int height) {
        int[] rows = new int[cuts.length];
        for (int i = 1; i < cuts.length; i++) {
            rows[i] = Math.max(rows[i - 1], Math.min(height, (int) Math.round(cuts[i] * height)));
        }
        rows[cuts.length - 1] = height;
        return rows;
    }

    /**
     * Moves the cuts towards where each band would have cost the same, taking each band's cost spread evenly over
     * its rows.
     */
    void learn(int[] rows, long[] costs) {
        int height = rows[rows.length - 1];
        long total = Arrays.stream(costs).sum();
        if (height <= 0 || total <= 0) {
            return;
        }
        int lanes = lanes();
        double[] balanced = new double[cuts.length];
        balanced[lanes] = 1;
        int band = 0;
        double before = 0;
        for (int cut = 1; cut < lanes; cut++) {
            double target = total * cut / (double) lanes;
            while (band < lanes - 1 && before + costs[band] < target) {
                before += costs[band];
                band++;
            }
            int span = rows[band + 1] - rows[band];
            double into = costs[band] == 0 ? 0 : (target - before) / costs[band];
            balanced[cut] = (rows[band] + Math.max(0, Math.min(1, into)) * span) / height;
        }
        for (int cut = 1; cut < lanes; cut++) {
            double moved = cuts[cut] + STEP * (balanced[cut] - cuts[cut]);
            cuts[cut] = Math.max(cuts[cut - 1] + least, Math.min(1 - (lanes - cut) * least, moved));
        }
    }
}
