package dev.blastmap.analysis;

import dev.blastmap.model.Graph;
import java.util.Arrays;
import java.util.Objects;

/**
 * Down sets of 64 failure scenarios at once, for analyses that sample or enumerate which services fail on
 * their own (availability): a scenario is a set F of services failed on their own, and a service is down in it
 * when it is in the least fixpoint D of docs/semantics.md with K = F. Delays, waves and causes play no part;
 * soft clauses never take a service down.
 *
 * <p>Services are numbered 0..n-1 in file order. The work is done by the same bit-parallel propagation as
 * {@link SpofRanking}: bit i of every mask is scenario i. Immutable and shared between threads; each thread
 * makes its own {@link Pass}.
 */
public final class FailureSetPropagation {

    /** How many scenarios one pass propagates: one per bit of a {@code long}. */
    public static final int SCENARIOS_PER_PASS = 64;

    private final CompiledGraph compiled;
    private final MaskPropagation propagation;

    /** Compiles the graph; costs about as much as reading it. */
    public FailureSetPropagation(Graph graph) {
        this.compiled = new CompiledGraph(Objects.requireNonNull(graph, "graph"));
        this.propagation = new MaskPropagation(compiled);
    }

    /** The graph propagated over. */
    public Graph graph() {
        return compiled.graph;
    }

    /** The number of services. */
    public int size() {
        return compiled.size;
    }

    /**
     * Every service, dependencies first: each service comes after every service its hard clauses name, except
     * inside a cycle of hard dependencies. A pass must list its failed services in this order.
     */
    public int[] dependenciesFirst() {
        return propagation.service.clone();
    }

    /** The services given, sorted into the order of {@link #dependenciesFirst()}; the array is not changed. */
    public int[] inPassOrder(int[] services) {
        long[] keyed = new long[services.length];
        for (int i = 0; i < services.length; i++) {
            keyed[i] = (long) propagation.position[services[i]] << 32 | services[i];
        }
        Arrays.sort(keyed);
        int[] sorted = new int[services.length];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = (int) keyed[i];
        }
        return sorted;
    }

    /** Working memory for one thread, reused pass after pass. */
    public Pass newPass() {
        return new Pass();
    }

    /** One thread's pass: which services are down in each of 64 scenarios. Not thread-safe. */
    public final class Pass {
        private final MaskPropagation.Scratch scratch = new MaskPropagation.Scratch(compiled.size);
        private final int[] positions;
        private final long[] failed;

        private Pass() {
            positions = new int[compiled.size];
            failed = new long[compiled.size];
        }

        /**
         * Propagates 64 scenarios: in scenario i, service {@code services[j]} has failed on its own when bit i of
         * {@code failedIn[j]} is set, for j below {@code count}; no other service has. The services must be
         * distinct and in the order of {@link #inPassOrder}. Forgets the previous pass.
         */
        public void run(int[] services, long[] failedIn, int count) {
            run(services, failedIn, count, compiled.size);
        }

        /**
         * Like {@link #run(int[], long[], int)}, but only as far as it takes to know the {@code needed} services
         * (and whatever comes before them in {@link #dependenciesFirst()}): the services down that it lists are
         * then a subset, exact for everything up to the last needed one. Cheaper when the needed services are
         * near the bottom of the graph.
         */
        public void run(int[] services, long[] failedIn, int count, int[] needed) {
            int stop = 0;
            for (int v : needed) {
                stop = Math.max(stop, propagation.componentEnd[propagation.position[v]]);
            }
            run(services, failedIn, count, stop);
        }

        private void run(int[] services, long[] failedIn, int count, int stop) {
            scratch.clear();
            int sources = 0;
            for (int j = 0; j < count; j++) {
                if (failedIn[j] != 0) {
                    positions[sources] = propagation.position[services[j]];
                    failed[sources++] = failedIn[j];
                }
            }
            propagation.propagateScenarios(positions, failed, sources, scratch, stop);
        }

        /** How many services are down in at least one scenario of the last pass. */
        public int downCount() {
            return scratch.touchedCount;
        }

        /** The i-th service down in some scenario of the last pass, i below {@link #downCount()}. */
        public int downService(int i) {
            return propagation.service[scratch.touched[i]];
        }

        /** The scenarios of the last pass in which the i-th service of {@link #downService} is down. */
        public long downMask(int i) {
            return scratch.mask[scratch.touched[i]];
        }
    }
}
