package dev.blastmap.app.canvas;

import dev.blastmap.render.GraphPainter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Paints one picture in horizontal bands at once, one band per lane: lane 0 on the calling thread (the FX
 * thread), the others on worker threads, so that a frame uses every core the machine has and is still whole
 * before the call returns. Each lane paints with its own painter ({@link GraphPainter#twin}) and its own surface
 * ({@link LanedRaster}) into disjoint rows of the same pixels, and a picture painted in bands is pixel for pixel
 * the picture painted whole: how a shape is drawn never depends on the clip. Where the bands are cut is learnt
 * per kind of work from how long each band took ({@link BandSplit}); work that cost little last time is done on
 * the calling thread alone.
 *
 * <p>One thread at a time calls it (the FX thread); the workers are shared by every canvas.
 */
final class Bands {

    /** Kinds of work, each with the cuts learnt for it. */
    enum Work {
        /** The scenery painted afresh. */
        SCENERY,
        /** The scenery copied into the frame and the foreground painted over it. */
        FOREGROUND
    }

    /** What each lane does with its band. */
    @FunctionalInterface
    interface Band {

        /** Paints rows {@code y0} inclusive to {@code y1} exclusive as lane {@code lane}. */
        void paint(int lane, int y0, int y1);
    }

    /** Fewer rows than this a lane are not worth a thread. */
    private static final int LEAST_ROWS = 32;
    private static final int MOST_LANES = 4;
    /** The system property that sets how many lanes a canvas paints in. */
    static final String LANES_PROPERTY = "blastmap.paintLanes";
    private static ExecutorService workers;

    /**
     * The canvas splits a kind of work only when it last cost this much on one core: below it, handing a band
     * to another thread saves less than a wake-up may cost on a busy machine.
     */
    private static final long SPLIT_FROM_NANOS = 12_000_000;

    private final int lanes;
    private final long splitFrom;
    private final BandSplit[] splits;
    /** What each kind of work cost last time, all lanes together, in nanoseconds. */
    private final long[] lastCost;
    private final GraphPainter[] painters;

    /** Bands for this many lanes (1: everything on the calling thread), used for all work however cheap. */
    Bands(int lanes) {
        this(lanes, 0);
    }

    /**
     * Bands for this many lanes, used only for a kind of work that last cost at least {@code splitFromNanos} on
     * all lanes together (the first time, always).
     */
    Bands(int lanes, long splitFromNanos) {
        if (lanes < 1) {
            throw new IllegalArgumentException("at least one lane, not " + lanes);
        }
        this.lanes = lanes;
        this.splitFrom = splitFromNanos;
        this.lastCost = new long[Work.values().length];
        Arrays.fill(lastCost, Long.MAX_VALUE);
        this.splits = new BandSplit[Work.values().length];
        for (int i = 0; i < splits.length; i++) {
            splits[i] = new BandSplit(lanes);
        }
        this.painters = new GraphPainter[lanes];
    }

    /**
     * The canvas's bands: as many lanes as the system property {@value #LANES_PROPERTY} says, at most one per
     * core and four; by default one, i.e. everything on the FX thread (ink still shared with the common pool).
     * On this project's 2-core machine, measured under other people's load, two lanes did not pay: the second
     * core is also the renderer's, and the ink was already shared (docs/performance.md, "Rendering, third
     * pass").
     */
    static Bands perCore() {
        int cores = Math.max(1, Math.min(MOST_LANES, Runtime.getRuntime().availableProcessors()));
        return new Bands(Math.max(1, Math.min(cores, Integer.getInteger(LANES_PROPERTY, 1))), SPLIT_FROM_NANOS);
    }

    /** How many lanes. */
    int lanes() {
        return lanes;
    }

    /**
     * The painters the lanes paint with, by lane: {@code main} itself on lane 0, twins of it on the others (kept
     * while {@code main} is). Call it before {@link #paint}, on the calling thread.
     */
    GraphPainter[] painters(GraphPainter main) {
        if (main != painters[0]) {
            painters[0] = main;
            for (int lane = 1; lane < lanes; lane++) {
                painters[lane] = main.twin();
            }
        }
        return painters;
    }

    /**
     * Paints rows 0 to {@code height} in bands, one per lane, and returns when every band is painted. A failure in
     * any band is thrown here.
     */
    void paint(Work work, int height, Band band) {
        if (height < lanes * LEAST_ROWS || lastCost[work.ordinal()] < splitFrom) {
            lastCost[work.ordinal()] = timed(band, 0, 0, height);
            return;
        }
        BandSplit split = splits[work.ordinal()];
        int[] rows = split.rows(height);
        long[] costs = new long[lanes];
        List<Future<?>> others = new ArrayList<>();
        for (int lane = 1; lane < lanes; lane++) {
            int l = lane;
            others.add(workers().submit(() -> costs[l] = timed(band, l, rows[l], rows[l + 1])));
        }
        try {
            costs[0] = timed(band, 0, rows[0], rows[1]);
        } finally {
            // Even when this band failed, the others are waited for: they paint into the same pixels.
            for (Future<?> other : others) {
                await(other);
            }
        }
        split.learn(rows, costs);
        lastCost[work.ordinal()] = Arrays.stream(costs).sum();
    }

    private static long timed(Band band, int lane, int y0, int y1) {
        long start = System.nanoTime();
        band.paint(lane, y0, y1);
        return System.nanoTime() - start;
    }

    private static void await(Future<?> other) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    other.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error r) {
                        throw r;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static synchronized ExecutorService workers() {
        if (workers == null) {
            int threads = Math.max(1, Math.min(MOST_LANES, Runtime.getRuntime().availableProcessors()) - 1);
            workers = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "blastmap-bands");
                t.setDaemon(true);
                return t;
            });
        }
        return workers;
    }
}
