package dev.blastmap.analysis;

import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Ranks every service by what knocking it out alone would cost: weighted impact, then collateral (both
 * descending), then id. Exact: each entry equals the impact of {@link PropagationEngine#knockOut} of that
 * one service, weighted sums included (weights are added in file order, as the engine does).
 *
 * <p>It does not run one knockout per service: {@link MaskPropagation} computes the down sets of 64 services
 * per pass, and the passes are shared between the available processors.
 */
public final class SpofRanking {

    private static final int SOURCES_PER_PASS = 64;
    /** Integers below this are exact doubles, and so are sums of them that stay below it. */
    private static final double EXACT_INTEGER_SUM = 0x1p53;

    private SpofRanking() {
    }

    /** The ranking of every service of the graph, worst first. */
    public static List<SpofEntry> rank(Graph graph) {
        return rank(new PropagationEngine(graph), Progress.NONE);
    }

    /**
     * The ranking of every service of the graph, worst first, reporting progress in passes of 64 services.
     *
     * @throws CancellationException when {@code progress} says so
     */
    public static List<SpofEntry> rank(Graph graph, Progress progress) {
        return rank(new PropagationEngine(graph), progress);
    }

    /**
     * The ranking of every service of the engine's graph, worst first, reusing its compiled form.
     *
     * @throws CancellationException when {@code progress} says so
     */
    public static List<SpofEntry> rank(PropagationEngine engine, Progress progress) {
        Objects.requireNonNull(progress, "progress");
        CompiledGraph g = engine.compiled();
        MaskPropagation propagation = new MaskPropagation(g);
        int n = g.size;
        int passes = (n + SOURCES_PER_PASS - 1) / SOURCES_PER_PASS;
        int[] down = new int[n];
        double[] weighted = new double[n];
        int[][] customerFacingDown = new int[n][];
        IntegerWeights integerWeights = IntegerWeights.of(g.weight);

        AtomicInteger nextPass = new AtomicInteger(passes - 1);
        AtomicLong passesDone = new AtomicLong();
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), passes));
        IntStream.range(0, workers).parallel().forEach(worker -> {
            MaskPropagation.Scratch scratch = new MaskPropagation.Scratch(n);
            ColumnSums downSums = new ColumnSums();
            ColumnSums weightSums = new ColumnSums();
            long[] totals = new long[SOURCES_PER_PASS];
            int[][] lists = new int[SOURCES_PER_PASS][];
            int[] listSizes = new int[SOURCES_PER_PASS];
            int[] customerFacingRanks = new int[n];
            for (int pass = nextPass.getAndDecrement(); pass >= 0; pass = nextPass.getAndDecrement()) {
                if (progress.isCancelled()) {
                    throw new CancellationException("ranking cancelled");
                }
                int first = pass * SOURCES_PER_PASS;
                int count = Math.min(SOURCES_PER_PASS, n - first);
                propagation.propagate(first, count, scratch);
                long[] mask = scratch.mask;
                int[] touched = scratch.touched;
                int touchedCount = scratch.touchedCount;
                for (int i = 0; i < touchedCount; i++) {
                    downSums.add(mask[touched[i]], 1);
                }
                downSums.drainInto(totals);
                for (int bit = 0; bit < count; bit++) {
                    down[first + bit] = (int) totals[bit];
                }
                if (integerWeights != null) {
                    for (int i = 0; i < touchedCount; i++) {
                        weightSums.add(mask[touched[i]], integerWeights.scaled[propagation.service[touched[i]]]);
                    }
                    weightSums.drainInto(totals);
                    for (int bit = 0; bit < count; bit++) {
                        weighted[first + bit] = integerWeights.unscale(totals[bit]);
                    }
                } else {
                    sumInFileOrder(g, propagation, scratch, first, weighted);
                }
                Arrays.fill(listSizes, 0);
                int customerFacingTouched = 0;
                for (int i = 0; i < touchedCount; i++) {
                    int v = propagation.service[touched[i]];
                    if (g.customerFacing[v]) {
                        customerFacingRanks[customerFacingTouched++] = g.idRank[v];
                    }
                }
                Arrays.sort(customerFacingRanks, 0, customerFacingTouched);
                for (int i = 0; i < customerFacingTouched; i++) {
                    int v = g.byIdRank[customerFacingRanks[i]];
                    for (long m = mask[propagation.position[v]]; m != 0; m &= m - 1) {
                        int bit = Long.numberOfTrailingZeros(m);
                        if (lists[bit] == null || lists[bit].length == listSizes[bit]) {
                            lists[bit] = lists[bit] == null ? new int[4] : Arrays.copyOf(lists[bit], listSizes[bit] * 2);
                        }
                        lists[bit][listSizes[bit]++] = v;
                    }
                }
                for (int bit = 0; bit < count; bit++) {
                    customerFacingDown[first + bit] = listSizes[bit] == 0 ? null : Arrays.copyOf(lists[bit], listSizes[bit]);
                }
                scratch.clear();
                progress.worked(passesDone.incrementAndGet(), passes);
            }
        });

        // Sorted by primitive keys first: a comparator over the records would compare id strings.
        Integer[] ranked = new Integer[n];
        for (int p = 0; p < n; p++) {
            ranked[p] = p;
        }
        Arrays.sort(ranked, (a, b) -> {
            int byWeighted = Double.compare(weighted[b], weighted[a]);
            if (byWeighted != 0) {
                return byWeighted;
            }
            int byCollateral = Integer.compare(down[b], down[a]);
            return byCollateral != 0 ? byCollateral
                    : Integer.compare(g.idRank[propagation.service[a]], g.idRank[propagation.service[b]]);
        });
        List<SpofEntry> entries = new ArrayList<>(n);
        for (int p : ranked) {
            int v = propagation.service[p];
            List<ServiceId> customerFacing = new ArrayList<>();
            if (customerFacingDown[p] != null) {
                for (int u : customerFacingDown[p]) {
                    customerFacing.add(g.ids[u]);
                }
            }
            entries.add(new SpofEntry(g.ids[v], down[p], down[p] - 1, weighted[p], customerFacing));
        }
        return entries;
    }

    /** Adds up one pass in file order, so that fractional weights round exactly as a single knockout's do. */
    private static void sumInFileOrder(CompiledGraph g, MaskPropagation propagation, MaskPropagation.Scratch scratch,
                                       int first, double[] weighted) {
        int[] services = new int[scratch.touchedCount];
        for (int i = 0; i < services.length; i++) {
            services[i] = propagation.service[scratch.touched[i]];
        }
        Arrays.sort(services);
        for (int v : services) {
            for (long m = scratch.mask[propagation.position[v]]; m != 0; m &= m - 1) {
                weighted[first + Long.numberOfTrailingZeros(m)] += g.weight[v];
            }
        }
    }

    /**
     * The weights times 2^scale as integers, when some scale makes every weight and their total an integer
     * below 2^53. Then every partial sum of doubles is exact too, so integer sums in any order equal the
     * engine's file-order double sums bit for bit.
     */
    private record IntegerWeights(long[] scaled, int scale) {

        static IntegerWeights of(double[] weights) {
            int scale = 0;
            for (double w : weights) {
                while (scale < 64 && Math.scalb(w, scale) != Math.rint(Math.scalb(w, scale))) {
                    scale++;
                }
            }
            long[] scaled = new long[weights.length];
            double total = 0;
            for (int v = 0; v < weights.length; v++) {
                double s = Math.scalb(weights[v], scale);
                total += s;
                if (s != Math.rint(s) || total >= EXACT_INTEGER_SUM) {
                    return null;
                }
                scaled[v] = (long) s;
            }
            return new IntegerWeights(scaled, scale);
        }

        double unscale(long total) {
            return Math.scalb((double) total, -scale);
        }
    }
}
