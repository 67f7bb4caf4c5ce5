package dev.blastmap.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pushes overlapping boxes apart along the axis where they overlap least, a few sweeps over a uniform grid,
 * so that a force layout's labels do not sit on top of one another. Positions are box centres.
 */
final class OverlapRemoval {

    private static final int SWEEPS = 60;
    private static final int SPREADS = 10;

    private OverlapRemoval() {
    }

    /**
     * Moves the centres so that no two boxes (grown by {@code gap}) overlap. Local pushes settle most
     * clusters; where they keep bumping into each other, the whole drawing is spread out by 12% and pushed
     * again, at most ten times (three times the size), so a dense clump cannot blow the drawing up.
     */
    static void separate(double[] cx, double[] cy, double[] w, double[] h, double gap) {
        for (int spread = 0; spread < SPREADS && !settle(cx, cy, w, h, gap); spread++) {
            double mx = 0;
            double my = 0;
            for (int i = 0; i < cx.length; i++) {
                mx += cx[i] / cx.length;
                my += cy[i] / cx.length;
            }
            for (int i = 0; i < cx.length; i++) {
                cx[i] = mx + (cx[i] - mx) * 1.12;
                cy[i] = my + (cy[i] - my) * 1.12;
            }
        }
    }

    /** Pushes overlapping pairs apart for a number of sweeps; true if no overlap is left. */
    private static boolean settle(double[] cx, double[] cy, double[] w, double[] h, double gap) {
        int n = cx.length;
        double cell = 0;
        for (int i = 0; i < n; i++) {
            cell = Math.max(cell, Math.max(w[i], h[i]) + gap);
        }
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            Map<Long, List<Integer>> grid = new HashMap<>();
            for (int i = 0; i < n; i++) {
                grid.computeIfAbsent(key(Math.floorDiv((long) Math.floor(cx[i]), (long) cell),
                        Math.floorDiv((long) Math.floor(cy[i]), (long) cell)), k -> new ArrayList<>()).add(i);
            }
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                long gx = Math.floorDiv((long) Math.floor(cx[i]), (long) cell);
                long gy = Math.floorDiv((long) Math.floor(cy[i]), (long) cell);
                for (long dx = -1; dx <= 1; dx++) {
                    for (long dy = -1; dy <= 1; dy++) {
                        List<Integer> others = grid.get(key(gx + dx, gy + dy));
                        if (others == null) {
                            continue;
                        }
                        for (int j : others) {
                            if (j > i) {
                                moved |= push(i, j, cx, cy, w, h, gap);
                            }
                        }
                    }
                }
            }
            if (!moved) {
                return true;
            }
        }
        return false;
    }

    private static boolean push(int i, int j, double[] cx, double[] cy, double[] w, double[] h, double gap) {
        double ox = (w[i] + w[j]) / 2 + gap - Math.abs(cx[i] - cx[j]);
        double oy = (h[i] + h[j]) / 2 + gap - Math.abs(cy[i] - cy[j]);
        if (ox <= 0 || oy <= 0) {
            return false;
        }
        // Move along the cheaper axis; ties (identical centres) break by index so the result is deterministic.
        if (ox < oy) {
            double s = cx[i] < cx[j] || (cx[i] == cx[j] && i < j) ? -1 : 1;
            cx[i] += s * ox / 2;
            cx[j] -= s * ox / 2;
        } else {
            double s = cy[i] < cy[j] || (cy[i] == cy[j] && i < j) ? -1 : 1;
            cy[i] += s * oy / 2;
            cy[j] -= s * oy / 2;
        }
        return true;
    }

    private static long key(long gx, long gy) {
        return (gx << 32) ^ (gy & 0xffffffffL);
    }
}
