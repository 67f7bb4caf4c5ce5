package dev.blastmap.analysis;

import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * For chosen target services, the other services whose loss alone takes each target down: the single points
 * of failure of each target. Exact (each answer equals {@code t ∈ D({s})} of docs/semantics.md for every
 * pair), and computed with the bit-parallel passes of {@link MaskPropagation} that {@link SpofRanking} uses,
 * 64 knockouts per pass, shared between the processors.
 */
public final class SingleFaultExposure {

    private static final int SOURCES_PER_PASS = 64;

    private SingleFaultExposure() {
    }

    /**
     * The exposure of each target, sorted by target id.
     *
     * @param engine    the compiled graph
     * @param targets   the services to answer for; each must be in the graph
     * @param ignored   services never counted as taking a target down (accepted risks); may name unknown ids
     * @param listLimit at most this many culprits are listed per target, the first by id; counts are exact
     * @throws IllegalArgumentException if a target is not in the graph or the limit is negative
     */
    public static List<Exposure> of(PropagationEngine engine, Collection<ServiceId> targets,
                                    Collection<ServiceId> ignored, int listLimit) {
        Objects.requireNonNull(ignored, "ignored");
        if (listLimit < 0) {
            throw new IllegalArgumentException("the list limit must not be negative, was " + listLimit);
        }
        CompiledGraph g = engine.compiled();
        boolean[] target = new boolean[g.size];
        for (ServiceId id : targets) {
            target[g.indexOf(id)] = true;
        }
        boolean[] skipped = new boolean[g.size];
        for (ServiceId id : ignored) {
            int v = g.indexOrNone(id);
            if (v >= 0) {
                skipped[v] = true;
            }
        }
        MaskPropagation propagation = new MaskPropagation(g);
        int[] sources = new int[g.size];
        int sourceCount = 0;
        for (int p = 0; p < g.size; p++) {
            // a service that no single dependency or allOf names takes down only itself, and itself never counts
            if (!skipped[propagation.service[p]] && propagation.breaksSomethingAlone(g, p)) {
                sources[sourceCount++] = p;
            }
        }
        int passes = (sourceCount + SOURCES_PER_PASS - 1) / SOURCES_PER_PASS;
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), passes));
        AtomicInteger nextPass = new AtomicInteger();
        int finalSourceCount = sourceCount;
        List<Tally> tallies = IntStream.range(0, workers).parallel().mapToObj(worker -> {
            Tally tally = new Tally(g, propagation, target, listLimit);
            for (int next = nextPass.getAndIncrement(); next < passes; next = nextPass.getAndIncrement()) {
                int offset = next * SOURCES_PER_PASS;
                tally.run(sources, offset, Math.min(SOURCES_PER_PASS, finalSourceCount - offset));
            }
            return tally;
        }).toList();
        return merge(g, target, tallies, listLimit);
    }

    private static List<Exposure> merge(CompiledGraph g, boolean[] target, List<Tally> tallies, int listLimit) {
        List<Exposure> result = new ArrayList<>();
        for (int r = 0; r < g.size; r++) {
            int v = g.byIdRank[r];
            if (!target[v]) {
                continue;
            }
            int count = 0;
            int[] ranks = new int[0];
            for (Tally tally : tallies) {
                count += tally.count[v];
                if (tally.ranks[v] != null) {
                    int[] more = Arrays.copyOf(tally.ranks[v], tally.sizes[v]);
                    int[] both = Arrays.copyOf(ranks, ranks.length + more.length);
                    System.arraycopy(more, 0, both, ranks.length, more.length);
                    ranks = both;
                }
            }
            Arrays.sort(ranks);
            List<ServiceId> listed = new ArrayList<>();
            for (int i = 0; i < Math.min(listLimit, ranks.length); i++) {
                listed.add(g.ids[g.byIdRank[ranks[i]]]);
            }
            result.add(new Exposure(g.ids[v], count, listed));
        }
        return result;
    }

    /**
     * One thread's counts: for each target service, how many sources took it down and the id ranks of the
     * smallest {@code listLimit} of them, kept sorted.
     */
    private static final class Tally {
        private final CompiledGraph g;
        private final MaskPropagation propagation;
        private final boolean[] target;
        private final int listLimit;
        private final MaskPropagation.Scratch scratch;
        /** The bit of each source position in the current pass, zero elsewhere. */
        private final long[] sourceBit;
        final int[] count;
        final int[][] ranks;
        final int[] sizes;

        Tally(CompiledGraph g, MaskPropagation propagation, boolean[] target, int listLimit) {
            this.g = g;
            this.propagation = propagation;
            this.target = target;
            this.listLimit = listLimit;
            this.scratch = new MaskPropagation.Scratch(g.size);
            this.sourceBit = new long[g.size];
            this.count = new int[g.size];
            this.ranks = new int[g.size][];
            this.sizes = new int[g.size];
        }

        void run(int[] sources, int offset, int passSize) {
            for (int i = 0; i < passSize; i++) {
                sourceBit[sources[offset + i]] = 1L << i;
            }
            propagation.propagate(sources, offset, passSize, scratch);
            for (int i = 0; i < scratch.touchedCount; i++) {
                int p = scratch.touched[i];
                int v = propagation.service[p];
                if (!target[v]) {
                    continue;
                }
                long others = scratch.mask[p] & ~sourceBit[p];
                count[v] += Long.bitCount(others);
                for (long m = others; m != 0 && listLimit > 0; m &= m - 1) {
                    int culprit = propagation.service[sources[offset + Long.numberOfTrailingZeros(m)]];
                    keep(v, g.idRank[culprit]);
                }
            }
            for (int i = 0; i < passSize; i++) {
                sourceBit[sources[offset + i]] = 0;
            }
            scratch.clear();
        }

        /** Inserts the rank into v's sorted list unless the list is full of smaller ranks. */
        private void keep(int v, int rank) {
            int[] list = ranks[v];
            int size = sizes[v];
            if (list == null) {
                list = new int[Math.min(listLimit, 4)];
                ranks[v] = list;
            }
            if (size == listLimit && list[size - 1] < rank) {
                return;
            }
            int at = Arrays.binarySearch(list, 0, size, rank);
            at = at < 0 ? -at - 1 : at;
            if (size < listLimit) {
                if (size == list.length) {
                    list = Arrays.copyOf(list, Math.min(listLimit, size * 2));
                    ranks[v] = list;
                }
                size++;
            }
            System.arraycopy(list, at, list, at + 1, size - 1 - at);
            list[at] = rank;
            sizes[v] = size;
        }
    }
}
