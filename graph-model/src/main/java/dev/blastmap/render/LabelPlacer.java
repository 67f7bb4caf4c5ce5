package dev.blastmap.render;

import dev.blastmap.layout.Box;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the rectangles already taken on the picture (labels, and the cards a label must not cover) and
 * answers whether a new one is free: label collision culling. A uniform grid keeps each question to the
 * few rectangles nearby, so thousands of visible services stay cheap.
 */
final class LabelPlacer {

    private final double cell;
    private final Map<Long, List<Box>> grid = new HashMap<>();

    /** A placer whose grid cells have this side, in model units (about the size of a label). */
    LabelPlacer(double cell) {
        this.cell = cell;
    }

    /** True when the box meets no rectangle taken so far, other than {@code except}. */
    boolean isFree(Box box, Box except) {
        for (long key : keys(box)) {
            List<Box> taken = grid.get(key);
            if (taken == null) {
                continue;
            }
            for (Box t : taken) {
                if (t != except && t.intersects(box)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Marks the box as taken. */
    void take(Box box) {
        for (long key : keys(box)) {
            grid.computeIfAbsent(key, k -> new ArrayList<>(4)).add(box);
        }
    }

    private List<Long> keys(Box box) {
        int x0 = (int) Math.floor(box.x() / cell);
        int x1 = (int) Math.floor(box.maxX() / cell);
        int y0 = (int) Math.floor(box.y() / cell);
        int y1 = (int) Math.floor(box.maxY() / cell);
        List<Long> keys = new ArrayList<>((x1 - x0 + 1) * (y1 - y0 + 1));
        for (int x = x0; x <= x1; x++) {
            for (int y = y0; y <= y1; y++) {
                keys.add(((long) x << 32) ^ (y & 0xffffffffL));
            }
        }
        return keys;
    }
}
