package dev.blastmap.analysis.resilience;

import dev.blastmap.analysis.Progress;
import dev.blastmap.analysis.ScenarioPropagation;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * The knockouts a recovery plan weighs: what is still down, and what it weighs, when some of the knocked-out
 * services are back. Works out an optimal or a greedy order, 64 scenarios a pass, and the steps of an order.
 * Used once, by one thread.
 */
final class RestoreScenarios {

    private static final int SCENARIOS = ScenarioPropagation.SCENARIOS;

    private final ScenarioPropagation propagation;
    private final ScenarioPropagation.Pass pass;
    private final int[] knockedOut;
    private final Progress progress;
    private final double[] weight;
    private final boolean[] customerFacing;
    private final double[] customerFacingDown = new double[SCENARIOS];
    private final double[] weightDown = new double[SCENARIOS];

    RestoreScenarios(ScenarioPropagation propagation, int[] knockedOut, Progress progress) {
        this.propagation = propagation;
        this.pass = propagation.pass();
        this.knockedOut = knockedOut;
        this.progress = progress;
        List<Service> services = propagation.graph().services();
        weight = new double[services.size()];
        customerFacing = new boolean[services.size()];
        for (int v = 0; v < weight.length; v++) {
            weight[v] = services.get(v).weight();
            customerFacing[v] = services.get(v).customerFacing();
        }
    }

    /** The customer-facing weight down with every knocked-out service still out. */
    double initialCustomerFacingWeightDown() {
        for (int v : knockedOut) {
            pass.knockOut(v, 1L);
        }
        run();
        return customerFacingDown[0];
    }

    /**
     * The order minimising (customer-facing weight down, weight down) summed over the steps: dynamic programming
     * over the subsets of the knockout restored, subset s being the services whose bits s has.
     */
    int[] optimalOrder() {
        int m = knockedOut.length;
        int subsets = 1 << m;
        double[] cfDown = new double[subsets];
        double[] allDown = new double[subsets];
        for (int first = 0; first < subsets; first += SCENARIOS) {
            checkCancelled();
            int count = Math.min(SCENARIOS, subsets - first);
            for (int j = 0; j < m; j++) {
                long stillOut = 0;
                for (int bit = 0; bit < count; bit++) {
                    if (((first + bit) >>> j & 1) == 0) {
                        stillOut |= 1L << bit;
                    }
                }
                pass.knockOut(knockedOut[j], stillOut);
            }
            run();
            System.arraycopy(customerFacingDown, 0, cfDown, first, count);
            System.arraycopy(weightDown, 0, allDown, first, count);
            progress.worked(first + count, subsets);
        }
        double[] bestCf = new double[subsets];
        double[] bestAll = new double[subsets];
        int[] next = new int[subsets];
        for (int s = subsets - 2; s >= 0; s--) {
            int chosen = -1;
            for (int j = 0; j < m; j++) {
                if ((s >>> j & 1) != 0) {
                    continue;
                }
                int t = s | 1 << j;
                double cf = cfDown[t] + bestCf[t];
                double all = allDown[t] + bestAll[t];
                if (chosen < 0 || cf < bestCf[s] || cf == bestCf[s] && (all < bestAll[s]
                        || all == bestAll[s] && idRank(j) < idRank(chosen))) {
                    chosen = j;
                    bestCf[s] = cf;
                    bestAll[s] = all;
                }
            }
            next[s] = chosen;
        }
        int[] order = new int[m];
        for (int i = 0, s = 0; i < m; i++) {
            order[i] = next[s];
            s |= 1 << next[s];
        }
        return order;
    }

    /**
     * A greedy order: each step restores the service whose return leaves the least customer-facing weight down,
     * then the least weight down, then one that is up itself afterwards, then the smallest id.
     */
    int[] greedyOrder() {
        int m = knockedOut.length;
        boolean[] restored = new boolean[m];
        int[] order = new int[m];
        int[] candidates = new int[m];
        for (int step = 0; step < m; step++) {
            checkCancelled();
            int left = 0;
            for (int j = 0; j < m; j++) {
                if (!restored[j]) {
                    candidates[left++] = j;
                }
            }
            int best = -1;
            double bestCf = 0;
            double bestAll = 0;
            boolean bestUp = false;
            for (int first = 0; first < left; first += SCENARIOS) {
                int count = Math.min(SCENARIOS, left - first);
                for (int i = 0; i < left; i++) {
                    int bit = i - first;
                    pass.knockOut(knockedOut[candidates[i]], bit >= 0 && bit < count ? ~(1L << bit) : -1L);
                }
                run();
                for (int bit = 0; bit < count; bit++) {
                    int j = candidates[first + bit];
                    boolean up = (pass.down(knockedOut[j]) >>> bit & 1) == 0;
                    double cf = customerFacingDown[bit];
                    double all = weightDown[bit];
                    if (best < 0 || cf < bestCf || cf == bestCf && (all < bestAll || all == bestAll
                            && (up && !bestUp || up == bestUp && idRank(j) < idRank(best)))) {
                        best = j;
                        bestCf = cf;
                        bestAll = all;
                        bestUp = up;
                    }
                }
                pass.clear();
            }
            restored[best] = true;
            order[step] = best;
            progress.worked(step + 1, m);
        }
        return order;
    }

    /** The steps of an order: scenario i has the first i services of the order back. */
    List<RecoveryStep> steps(int[] order) {
        int m = order.length;
        List<List<Integer>> upAgain = new ArrayList<>();
        double[] cfDown = new double[m + 1];
        double[] allDown = new double[m + 1];
        for (int i = 0; i < m; i++) {
            upAgain.add(new ArrayList<>());
        }
        // passes overlap by one scenario, so that each step's before and after share a pass
        for (int first = 0; first < m; first += SCENARIOS - 1) {
            int count = Math.min(SCENARIOS, m + 1 - first);
            for (int j = 0; j < m; j++) {
                // order[j] is out in scenarios first..j (absolute), i.e. bits 0..j - first
                int last = j - first;
                if (last >= 0) {
                    pass.knockOut(knockedOut[order[j]], last >= 63 ? -1L : (1L << (last + 1)) - 1);
                }
            }
            runKeeping();
            for (int i = 0, down = pass.downCount(); i < down; i++) {
                int v = pass.downService(i);
                long mask = pass.down(v);
                for (long back = mask & ~(mask >>> 1) & ((1L << (count - 1)) - 1); back != 0; back &= back - 1) {
                    upAgain.get(first + Long.numberOfTrailingZeros(back)).add(v);
                }
            }
            for (int bit = 0; bit < count; bit++) {
                cfDown[first + bit] = customerFacingDown[bit];
                allDown[first + bit] = weightDown[bit];
            }
            pass.clear();
        }
        List<RecoveryStep> steps = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            List<ServiceId> ids = new ArrayList<>();
            double cfUp = 0;
            for (int v : upAgain.get(i)) {
                ids.add(propagation.id(v));
                cfUp += customerFacing[v] ? weight[v] : 0;
            }
            ids.sort(null);
            steps.add(new RecoveryStep(propagation.id(knockedOut[order[i]]), ids, cfUp, cfDown[i + 1],
                    allDown[i + 1]));
        }
        return steps;
    }

    private int idRank(int j) {
        return propagation.idRank(knockedOut[j]);
    }

    /** Propagates the knockouts set up, sums the weights down per scenario, and clears. */
    private void run() {
        runKeeping();
        pass.clear();
    }

    /** Propagates and sums the weights down per scenario, keeping the masks for the caller. */
    private void runKeeping() {
        pass.propagate();
        Arrays.fill(customerFacingDown, 0);
        Arrays.fill(weightDown, 0);
        for (int i = 0, down = pass.downCount(); i < down; i++) {
            int v = pass.downService(i);
            for (long m = pass.down(v); m != 0; m &= m - 1) {
                int bit = Long.numberOfTrailingZeros(m);
                weightDown[bit] += weight[v];
                if (customerFacing[v]) {
                    customerFacingDown[bit] += weight[v];
                }
            }
        }
    }

    private void checkCancelled() {
        if (progress.isCancelled()) {
            throw new CancellationException("recovery plan cancelled");
        }
    }
}
