package dev.blastmap.analysis.availability;

import dev.blastmap.analysis.ScenarioPropagation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Importance by Monte Carlo, for customer-facing services whose availability was sampled: Birnbaum importance,
 * RAW and criticality of every unreliable component of each one's upstream cone, replicas and quorum members
 * included.
 *
 * <p>The estimator. A component c is <em>critical</em> for a service w in a scenario when w is down with c down
 * and up with c up; Birnbaum importance is the probability of that, I = Q(w │ c down) − Q(w │ c up), and it does
 * not depend on c's own state. So in every sampled scenario in which c is up, this adds c's failure on top
 * ({@link ScenarioPropagation.Pass#propagateAlso}, which recomputes only what c's failure changes, then takes it
 * back) and counts the scenarios in which w goes down: given the n scenarios with c up, that count x is
 * binomial(n, I) exactly, so I ≈ x / n with a Wilson 95% interval. The other measures follow from I and the
 * sampled unavailability Q of w, because Q = a·Q(w │ c up) + q·Q(w │ c down): Q(w │ c down) = Q + a·I, so
 * RAW = 1 + a·I / Q and criticality = q·I / Q (they carry the uncertainty of both). One exception keeps a
 * single point of failure from showing a small availability while it is down that is only noise: when the
 * service was down in every sampled scenario with c's failure added, Q(w │ c down) is taken as the 1 observed
 * (so the availability if down is 0 and RAW is 1 / Q, as for an exact figure).
 *
 * <p>The scenarios are the first passes of the very stream that sampled the availability (same seed: the figures
 * repeat run to run, and common random numbers keep the figures consistent with each other). Each component
 * costs one added knockout per pass, so the passes used are limited to {@link #BUDGET} added knockouts in all,
 * but never fewer than {@link #MIN_PASSES} nor more than were sampled: on a small graph the importance uses every
 * sampled scenario; on a graph with thousands of unreliable services upstream, a few thousand.
 */
final class SampledImportance {

    /** The added knockouts (one component in one pass of 64 scenarios) the estimate may spend in all. */
    static final long BUDGET = 1L << 20;
    /** The fewest passes used, whatever the budget says: 1,024 scenarios. */
    static final int MIN_PASSES = 16;
    /** Components per unit of work: a unit is one pass's worth of added knockouts for this many components. */
    private static final int SLICE = 256;

    private final ScenarioPropagation propagation;
    private final double[] availability;
    private final int[] targets;
    /** For each target, the unreliable services of its upstream cone, ascending. */
    private final int[][] cones;
    /** For each target and each member of its cone, the index of their pair. */
    private final int[][] pairOf;
    /** The components of all cones, in pass order. */
    private final int[] components;
    /** The pairs of component i are pairStart[i] until pairStart[i + 1]; each names its target. */
    private final int[] pairStart;
    private final int[] pairTarget;
    private final int passes;
    private final int slices;

    /**
     * Prepares the estimate for the given services.
     *
     * @param targets      the customer-facing services left to sampling
     * @param samplePasses the passes the availability was sampled with
     */
    SampledImportance(ScenarioPropagation propagation, double[] availability, int[] targets, long samplePasses) {
        this.propagation = propagation;
        this.availability = availability;
        this.targets = targets.clone();
        int n = availability.length;
        int[][] hardMembers = UnreliableCone.hardMembers(propagation.graph());
        boolean[] unreliable = new boolean[n];
        for (int v = 0; v < n; v++) {
            unreliable[v] = availability[v] < 1;
        }
        boolean[] seen = new boolean[n];
        cones = new int[targets.length][];
        int[] pairsOfService = new int[n];
        for (int t = 0; t < targets.length; t++) {
            cones[t] = UnreliableCone.unlimited(targets[t], hardMembers, unreliable, seen);
            for (int c : cones[t]) {
                pairsOfService[c]++;
            }
        }
        components = propagation.inPassOrder(IntStream.range(0, n).filter(v -> pairsOfService[v] > 0).toArray());
        int[] componentIndex = new int[n];
        pairStart = new int[components.length + 1];
        for (int i = 0; i < components.length; i++) {
            componentIndex[components[i]] = i;
            pairStart[i + 1] = pairStart[i] + pairsOfService[components[i]];
        }
        pairTarget = new int[pairStart[components.length]];
        int[] fill = pairStart.clone();
        pairOf = new int[targets.length][];
        for (int t = 0; t < targets.length; t++) {
            pairOf[t] = new int[cones[t].length];
            for (int k = 0; k < cones[t].length; k++) {
                int p = fill[componentIndex[cones[t][k]]]++;
                pairTarget[p] = t;
                pairOf[t][k] = p;
            }
        }
        long affordable = Math.max(MIN_PASSES, BUDGET / Math.max(1, components.length));
        passes = (int) Math.min(samplePasses, affordable);
        slices = (components.length + SLICE - 1) / SLICE;
    }

    /** The units of work {@link #estimate} reports progress in. */
    long steps() {
        return (long) passes * slices;
    }

    /**
     * Estimates and records the importance lists of the targets.
     *
     * @param sampling      the sampling whose first passes to replay
     * @param answers       holds each target's sampled unavailability; receives the lists
     * @param afterEachStep called after each of the {@link #steps()} from any worker thread; may throw to cancel
     */
    void estimate(MonteCarloSampling sampling, Answers answers, Runnable afterEachStep) {
        boolean[] upstream = new boolean[availability.length];
        for (int c : components) {
            upstream[c] = true;
        }
        // only failures upstream of a target can change whether it is down
        MonteCarloSampling.Replay replay = sampling.replay(passes, upstream);
        long units = steps();
        AtomicInteger nextUnit = new AtomicInteger();
        int workers = (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), units));
        long[][] critical = new long[workers][];
        long[][] downWith = new long[workers][];
        long[][] up = new long[workers][];
        IntStream.range(0, workers).parallel().forEach(worker -> {
            critical[worker] = new long[pairTarget.length];
            downWith[worker] = new long[pairTarget.length];
            up[worker] = new long[components.length];
            Worker mine = new Worker(replay, critical[worker], downWith[worker], up[worker]);
            for (long u = nextUnit.getAndIncrement(); u < units; u = nextUnit.getAndIncrement()) {
                mine.run((int) (u / slices), (int) (u % slices));
                afterEachStep.run();
            }
        });
        long[] criticalCount = MonteCarloSampling.sum(critical, pairTarget.length);
        long[] downWithCount = MonteCarloSampling.sum(downWith, pairTarget.length);
        long[] upCount = MonteCarloSampling.sum(up, components.length);
        int[] componentIndex = new int[availability.length];
        for (int i = 0; i < components.length; i++) {
            componentIndex[components[i]] = i;
        }
        for (int t = 0; t < targets.length; t++) {
            double q = answers.unavailability(targets[t]);
            if (q == 0) { // never seen down: RAW and criticality have nothing to divide by
                answers.importance(targets[t], Method.MONTE_CARLO, List.of());
                continue;
            }
            List<ComponentImportance> list = new ArrayList<>(cones[t].length);
            for (int k = 0; k < cones[t].length; k++) {
                int c = cones[t][k];
                int p = pairOf[t][k];
                list.add(importance(c, q, criticalCount[p], upCount[componentIndex[c]],
                        downWithCount[p] == 64L * passes));
            }
            answers.importance(targets[t], Method.MONTE_CARLO, list, 64L * passes);
        }
    }

    /**
     * The figures of component c for a service of sampled unavailability q > 0, from x critical out of n up;
     * {@code alwaysDownWith} if the service was down in every scenario with c's failure added.
     */
    private ComponentImportance importance(int c, double q, long x, long n, boolean alwaysDownWith) {
        double a = availability[c];
        double birnbaum = n == 0 ? 0 : (double) x / n;
        double[] interval = n == 0 ? new double[] {0, 1} : WilsonInterval.of(x, n);
        double downIfDown = alwaysDownWith ? 1 : Math.min(1, q + a * birnbaum);
        return new ComponentImportance(propagation.id(c), a, birnbaum, downIfDown / q, 1 - downIfDown,
                Math.min(1, birnbaum * (1 - a) / q), Math.min(interval[0], birnbaum), Math.max(interval[1], birnbaum));
    }

    /** One thread's state: the pass with the current batch's scenarios propagated, and its counts. */
    private final class Worker {
        private final MonteCarloSampling.Replay replay;
        private final long[] critical;
        private final long[] downWith;
        private final long[] up;
        private final ScenarioPropagation.Pass pass = propagation.pass();
        /** Each service's failures in the current batch; zero for the others. */
        private final long[] failedIn = new long[availability.length];
        private final long[] base = new long[targets.length];
        private int batch = -1;

        Worker(MonteCarloSampling.Replay replay, long[] critical, long[] downWith, long[] up) {
            this.replay = replay;
            this.critical = critical;
            this.downWith = downWith;
            this.up = up;
        }

        /** Adds each component of the slice on top of the batch's scenarios, counting where it is critical. */
        void run(int newBatch, int slice) {
            if (newBatch != batch) {
                propagateBatch(newBatch);
            }
            for (int i = slice * SLICE, end = Math.min(components.length, i + SLICE); i < end; i++) {
                int c = components[i];
                long failed = failedIn[c];
                up[i] += 64 - Long.bitCount(failed);
                if (failed == -1L) { // failed in every scenario already: adding it changes nothing
                    for (int p = pairStart[i]; p < pairStart[i + 1]; p++) {
                        downWith[p] += Long.bitCount(base[pairTarget[p]]);
                    }
                    continue;
                }
                pass.propagateAlso(c, ~failed);
                for (int p = pairStart[i]; p < pairStart[i + 1]; p++) {
                    int t = pairTarget[p];
                    long down = pass.down(targets[t]);
                    critical[p] += Long.bitCount(down & ~base[t]);
                    downWith[p] += Long.bitCount(down);
                }
                pass.undoAlso();
            }
        }

        private void propagateBatch(int newBatch) {
            if (batch >= 0) {
                for (int j = replay.start()[batch]; j < replay.start()[batch + 1]; j++) {
                    failedIn[replay.service()[j]] = 0;
                }
            }
            batch = newBatch;
            pass.clear();
            for (int j = replay.start()[batch]; j < replay.start()[batch + 1]; j++) {
                pass.knockOut(replay.service()[j], replay.failedIn()[j]);
                failedIn[replay.service()[j]] = replay.failedIn()[j];
            }
            pass.propagateFor(targets);
            for (int t = 0; t < targets.length; t++) {
                base[t] = pass.down(targets[t]);
            }
        }
    }
}
