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
        Totals totals = new Totals(n);
        IntegerWeights integerWeights = IntegerWeights.of(g.weight);
        // A service that no single dependency or allOf names takes down only itself: no pass needed.
        int[] sources = new int[n];
        int sourceCount = 0;
        for (int p = 0; p < n; p++) {
            if (propagation.breaksSomethingAlone(g, p)) {
                sources[sourceCount++] = p;
            } else {
                totals.alone(p, propagation.service[p], g);
            }
        }
        int passes = (sourceCount + SOURCES_PER_PASS - 1) / SOURCES_PER_PASS;
        int sourcesInPasses = sourceCount;
        AtomicInteger nextPass = new AtomicInteger();
        AtomicLong passesDone = new AtomicLong();
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), passes));
        if (progress.isCancelled()) {
            throw new CancellationException("ranking cancelled");
        }
        IntStream.range(0, workers).parallel().forEach(worker -> {
            PassWorker pass = new PassWorker(g, propagation, integerWeights, totals);
            for (int next = nextPass.getAndIncrement(); next < passes; next = nextPass.getAndIncrement()) {
                if (progress.isCancelled()) {
                    throw new CancellationException("ranking cancelled");
                }
                int offset = next * SOURCES_PER_PASS;
                pass.run(sources, offset, Math.min(SOURCES_PER_PASS, sourcesInPasses - offset));
                progress.worked(passesDone.incrementAndGet(), passes);
            }
        });
        int[] down = totals.down;
        double[] weighted = totals.weighted;
        int[][] customerFacingDown = totals.customerFacingDown;

        List<SpofEntry> entries = new ArrayList<>(n);
        for (int p : rankOrder(g, propagation, down, weighted)) {
            int v = propagation.service[p];
            List<ServiceId> customerFacing = List.of();
            if (customerFacingDown[p] != null) {
                ServiceId[] ids = new ServiceId[customerFacingDown[p].length];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = g.ids[customerFacingDown[p][i]];
                }
                customerFacing = List.of(ids);
            }
            entries.add(new SpofEntry(g.ids[v], down[p], down[p] - 1, weighted[p], customerFacing));
        }
        return entries;
    }

    /**
     * Positions in rank order: weighted impact and collateral descending, then id. Up to 2^21 services the
     * three keys are packed into one long each and sorted as primitives: the weighted impact as it is when it
     * is a whole number below 2^22, else replaced by its rank among the distinct values; beyond 2^21
     * services, a comparator does it.
     */
    private static int[] rankOrder(CompiledGraph g, MaskPropagation propagation, int[] down, double[] weighted) {
        int n = g.size;
        int[] order = new int[n];
        if (n < (1 << 21) && smallWholeNumbers(weighted)) {
            // the common case (whole weights): the weighted impact itself is the first key, no ranking needed
            long[] keys = new long[n];
            for (int p = 0; p < n; p++) {
                long lighter = (1L << 22) - 1 - (long) weighted[p];
                keys[p] = lighter << 42 | (long) (n - down[p]) << 21 | g.idRank[propagation.service[p]];
            }
            Arrays.sort(keys);
            for (int i = 0; i < n; i++) {
                order[i] = propagation.position[g.byIdRank[(int) (keys[i] & ((1 << 21) - 1))]];
            }
            return order;
        }
        if (n < (1 << 21)) {
            double[] distinct = weighted.clone();
            Arrays.sort(distinct);
            int distinctCount = 0;
            for (int i = 0; i < n; i++) {
                if (distinctCount == 0 || Double.compare(distinct[distinctCount - 1], distinct[i]) != 0) {
                    distinct[distinctCount++] = distinct[i];
                }
            }
            long[] keys = new long[n];
            for (int p = 0; p < n; p++) {
                long heavier = distinctCount - 1 - Arrays.binarySearch(distinct, 0, distinctCount, weighted[p]);
                keys[p] = heavier << 42 | (long) (n - down[p]) << 21 | g.idRank[propagation.service[p]];
            }
            Arrays.sort(keys);
            for (int i = 0; i < n; i++) {
                order[i] = propagation.position[g.byIdRank[(int) (keys[i] & ((1 << 21) - 1))]];
            }
            return order;
        }
        Integer[] boxed = new Integer[n];
        for (int p = 0; p < n; p++) {
            boxed[p] = p;
        }
        Arrays.sort(boxed, (a, b) -> {
            int byWeighted = Double.compare(weighted[b], weighted[a]);
            if (byWeighted != 0) {
                return byWeighted;
            }
            int byCollateral = Integer.compare(down[b], down[a]);
            return byCollateral != 0 ? byCollateral
                    : Integer.compare(g.idRank[propagation.service[a]], g.idRank[propagation.service[b]]);
        });
        for (int i = 0; i < n; i++) {
            order[i] = boxed[i];
        }
        return order;
    }

    /** True if every value is a whole number from 0 to 2^22 - 1 (so 22 bits of a sort key hold it exactly). */
    private static boolean smallWholeNumbers(double[] values) {
        for (double value : values) {
            if (!(value >= 0 && value < (1 << 22) && value == Math.rint(value))) {
                return false;
            }
        }
        return true;
    }

    /** What each knockout costs, indexed by the position of the service knocked out. */
    private static final class Totals {
        final int[] down;
        final double[] weighted;
        /** Customer-facing services down (as service indexes, by id), or null for none. */
        final int[][] customerFacingDown;

        Totals(int size) {
            down = new int[size];
            weighted = new double[size];
            customerFacingDown = new int[size][];
        }

        /** The cost of knocking out service v at position p when nothing hard-depends on it: v alone. */
        void alone(int p, int v, CompiledGraph g) {
            down[p] = 1;
            weighted[p] = 0.0 + g.weight[v]; // added to zero like a knockout's sum, so -0.0 becomes 0.0
            customerFacingDown[p] = g.customerFacing[v] ? new int[] {v} : null;
        }
    }

    /**
     * One thread's share of the work: propagates a pass of up to 64 sources, then adds up what each source
     * took down. Passes write disjoint slots of the totals.
     */
    private static final class PassWorker {
        private final CompiledGraph g;
        private final MaskPropagation propagation;
        private final IntegerWeights integerWeights;
        private final Totals totals;
        private final MaskPropagation.Scratch scratch;
        private final ColumnSums downSums = new ColumnSums();
        private final ColumnSums weightSums = new ColumnSums();
        private final long[] sums = new long[SOURCES_PER_PASS];
        private final int[][] lists = new int[SOURCES_PER_PASS][];
        private final int[] listSizes = new int[SOURCES_PER_PASS];
        private final int[] idRanks;

        PassWorker(CompiledGraph g, MaskPropagation propagation, IntegerWeights integerWeights, Totals totals) {
            this.g = g;
            this.propagation = propagation;
            this.integerWeights = integerWeights;
            this.totals = totals;
            this.scratch = new MaskPropagation.Scratch(g.size);
            this.idRanks = new int[g.size];
        }

        void run(int[] sources, int offset, int count) {
            propagation.propagate(sources, offset, count, scratch);
            long[] mask = scratch.mask;
            int[] touched = scratch.touched;
            int touchedCount = scratch.touchedCount;
            for (int i = 0; i < touchedCount; i++) {
                downSums.add(mask[touched[i]], 1);
            }
            downSums.drainInto(sums);
            for (int bit = 0; bit < count; bit++) {
                totals.down[sources[offset + bit]] = (int) sums[bit];
            }
            if (integerWeights != null) {
                for (int i = 0; i < touchedCount; i++) {
                    weightSums.add(mask[touched[i]], integerWeights.scaled[propagation.service[touched[i]]]);
                }
                weightSums.drainInto(sums);
                for (int bit = 0; bit < count; bit++) {
                    totals.weighted[sources[offset + bit]] = integerWeights.unscale(sums[bit]);
                }
            } else {
                sumInFileOrder(sources, offset);
            }
            listCustomerFacing(sources, offset, count);
            scratch.clear();
        }

        /** Adds up one pass in file order, so that fractional weights round exactly as a single knockout's do. */
        private void sumInFileOrder(int[] sources, int offset) {
            int[] services = new int[scratch.touchedCount];
            for (int i = 0; i < services.length; i++) {
                services[i] = propagation.service[scratch.touched[i]];
            }
            Arrays.sort(services);
            for (int v : services) {
                for (long m = scratch.mask[propagation.position[v]]; m != 0; m &= m - 1) {
                    totals.weighted[sources[offset + Long.numberOfTrailingZeros(m)]] += g.weight[v];
                }
            }
        }

        /** The customer-facing services each source took down, by id: the touched ones, sorted once. */
        private void listCustomerFacing(int[] sources, int offset, int count) {
            Arrays.fill(listSizes, 0);
            int found = 0;
            for (int i = 0; i < scratch.touchedCount; i++) {
                int v = propagation.service[scratch.touched[i]];
                if (g.customerFacing[v]) {
                    idRanks[found++] = g.idRank[v];
                }
            }
            Arrays.sort(idRanks, 0, found);
            for (int i = 0; i < found; i++) {
                int v = g.byIdRank[idRanks[i]];
                for (long m = scratch.mask[propagation.position[v]]; m != 0; m &= m - 1) {
                    int bit = Long.numberOfTrailingZeros(m);
                    if (lists[bit] == null) {
                        lists[bit] = new int[4];
                    } else if (lists[bit].length == listSizes[bit]) {
                        lists[bit] = Arrays.copyOf(lists[bit], listSizes[bit] * 2);
                    }
                    lists[bit][listSizes[bit]++] = v;
                }
            }
            for (int bit = 0; bit < count; bit++) {
                totals.customerFacingDown[sources[offset + bit]] = listSizes[bit] == 0 ? null
                        : Arrays.copyOf(lists[bit], listSizes[bit]);
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
