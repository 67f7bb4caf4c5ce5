package dev.blastmap.analysis.availability;

import dev.blastmap.analysis.ScenarioPropagation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact availability by enumeration: for a set S of k unreliable services, all 2^k combinations of which of
 * them have failed are propagated, 64 combinations per pass, and each service down in a combination adds that
 * combination's probability (the product of q = 1 - a over the failed members and a over the others) to its
 * unavailability. A service whose upstream cone holds no unreliable service outside S is down or up in each
 * combination regardless of anything else, so its sum is exact (up to rounding).
 *
 * <p>Bit j of a combination is member j of S (ascending service index). Bits 0..5 vary within a pass (the
 * fixed patterns below); bit j ≥ 6 is bit j - 6 of the pass number. The probabilities of the 64 combinations of
 * a pass are a table over bits 0..5 times one product over the rest; the table is summed a byte of the down
 * mask at a time. For customer-facing services the sums are also split by the state of each member, which
 * gives the conditional unavailabilities that Birnbaum importance and RAW are made of.
 *
 * <p>Not thread-safe: one instance per thread.
 */
final class ExactEnumeration {

    private static final long[] PATTERN = {0xAAAAAAAAAAAAAAAAL, 0xCCCCCCCCCCCCCCCCL, 0xF0F0F0F0F0F0F0F0L,
        0xFF00FF00FF00FF00L, 0xFFFF0000FFFF0000L, 0xFFFFFFFF00000000L};

    private final ScenarioPropagation propagation;
    private final ScenarioPropagation.Pass pass;
    private final UnreliableCone cones;
    private final double[] availability;
    private final boolean[] customerFacing;
    private final Answers answers;

    private final double[] down;
    private final boolean[] seen;
    private final int[] seenList;
    private int seenCount;
    private final byte[] eligible;
    private final Map<Integer, double[][]> splits = new HashMap<>();
    private final double[][] byteSums = new double[8][256];
    private final double[] low = new double[64];

    ExactEnumeration(ScenarioPropagation propagation, UnreliableCone cones, double[] availability,
                     boolean[] customerFacing, Answers answers) {
        this.propagation = propagation;
        this.pass = propagation.pass();
        this.cones = cones;
        this.availability = availability;
        this.customerFacing = customerFacing;
        this.answers = answers;
        int n = availability.length;
        down = new double[n];
        seen = new boolean[n];
        seenList = new int[n];
        eligible = new byte[n];
    }

    /** The passes that enumerating a set of k services takes. */
    static long passes(int k) {
        return k <= 6 ? 1 : 1L << (k - 6);
    }

    /**
     * Enumerates every combination of failures of {@code set} (ascending service indexes) and answers, exactly,
     * every unanswered service among {@code members} and among the services down in some combination whose
     * cone lies within the set.
     *
     * @param afterEachPass told after every pass, to report progress and to cancel by throwing
     */
    void enumerate(int[] set, int[] members, Runnable afterEachPass) {
        int k = set.length;
        int lowBits = Math.min(k, 6);
        long valid = k >= 6 ? -1L : (1L << (1 << k)) - 1;
        double[] q = new double[k];
        double[] a = new double[k];
        for (int j = 0; j < k; j++) {
            a[j] = availability[set[j]];
            q[j] = 1 - a[j];
        }
        tabulateLowBits(a, q, lowBits);
        int[] order = propagation.inPassOrder(set);
        int[] bitOf = new int[k];
        for (int i = 0; i < k; i++) {
            bitOf[i] = java.util.Arrays.binarySearch(set, order[i]);
        }
        long passes = passes(k);
        for (long t = 0; t < passes; t++) {
            double high = 1;
            for (int j = 6; j < k; j++) {
                high *= (t >>> (j - 6) & 1) != 0 ? q[j] : a[j];
            }
            pass.clear();
            for (int i = 0; i < k; i++) {
                int j = bitOf[i];
                pass.knockOut(order[i], j < 6 ? PATTERN[j] & valid : (t >>> (j - 6) & 1) != 0 ? -1L : 0);
            }
            pass.propagateFor(members);
            for (int i = 0, downs = pass.downCount(); i < downs; i++) {
                int w = pass.downService(i);
                long mask = pass.downMask(i) & valid;
                if (!seen[w]) {
                    seen[w] = true;
                    seenList[seenCount++] = w;
                }
                down[w] += high * sum(mask);
                if (isEligible(w, set) && customerFacing[w]) {
                    split(w, k, lowBits, mask, high, t);
                }
            }
            afterEachPass.run();
        }
        for (int w : members) {
            if (!seen[w]) {
                seen[w] = true;
                seenList[seenCount++] = w;
            }
        }
        for (int i = 0; i < seenCount; i++) {
            int w = seenList[i];
            if (isEligible(w, set)) {
                answers.exact(w, Math.min(1, down[w]));
                if (customerFacing[w]) {
                    answers.importance(w, Method.EXACT, importance(w, set, a, q));
                }
            }
        }
        for (int i = 0; i < seenCount; i++) {
            int w = seenList[i];
            down[w] = 0;
            seen[w] = false;
            eligible[w] = 0;
        }
        seenCount = 0;
        splits.clear();
    }

    /** True if w is unanswered and its cone lies within the set; decided once per enumeration. */
    private boolean isEligible(int w, int[] set) {
        if (eligible[w] == 0) {
            eligible[w] = !answers.isAnswered(w) && cones.within(w, set) ? (byte) 1 : (byte) 2;
        }
        return eligible[w] == 1;
    }

    /** The probabilities of the 64 combinations of bits 0..5, and their sums by byte of a mask. */
    private void tabulateLowBits(double[] a, double[] q, int lowBits) {
        for (int b = 0; b < 64; b++) {
            double p = 1;
            for (int j = 0; j < lowBits; j++) {
                p *= (b >>> j & 1) != 0 ? q[j] : a[j];
            }
            low[b] = b < (1 << lowBits) ? p : 0;
        }
        for (int byteIndex = 0; byteIndex < 8; byteIndex++) {
            double[] sums = byteSums[byteIndex];
            sums[0] = 0;
            for (int m = 1; m < 256; m++) {
                sums[m] = sums[m & (m - 1)] + low[8 * byteIndex + Integer.numberOfTrailingZeros(m)];
            }
        }
    }

    /** The sum of the low-bit probabilities of the combinations in the mask. */
    private double sum(long mask) {
        double total = 0;
        for (int byteIndex = 0; byteIndex < 8 && mask != 0; byteIndex++, mask >>>= 8) {
            total += byteSums[byteIndex][(int) (mask & 0xFF)];
        }
        return total;
    }

    /**
     * Adds the combinations in which w is down to its split: [0][j] those in which member j has failed, [1][j]
     * those in which it is up.
     */
    private void split(int w, int k, int lowBits, long mask, double high, long t) {
        double[][] s = splits.computeIfAbsent(w, x -> new double[2][k]);
        double total = 0;
        for (long m = mask; m != 0; m &= m - 1) {
            int b = Long.numberOfTrailingZeros(m);
            double p = low[b] * high;
            total += p;
            for (int j = 0; j < lowBits; j++) {
                s[(b >>> j & 1) != 0 ? 0 : 1][j] += p;
            }
        }
        for (int j = 6; j < k; j++) {
            s[(t >>> (j - 6) & 1) != 0 ? 0 : 1][j] += total;
        }
    }

    private List<ComponentImportance> importance(int w, int[] set, double[] a, double[] q) {
        double[][] s = splits.get(w);
        double unavailability = answers.unavailability(w);
        List<ComponentImportance> list = new ArrayList<>();
        for (int component : cones.of(w)) {
            int j = java.util.Arrays.binarySearch(set, component);
            double downIfDown = s == null ? 0 : Math.min(1, s[0][j] / q[j]);
            double downIfUp = s == null ? 0 : Math.min(1, s[1][j] / a[j]);
            double raw = unavailability > 0 ? Math.max(1, downIfDown / unavailability) : 1;
            double birnbaum = Math.max(0, downIfDown - downIfUp);
            double criticality = unavailability > 0 ? Math.min(1, birnbaum * q[j] / unavailability) : 0;
            list.add(new ComponentImportance(propagation.graph().services().get(component).id(), a[j],
                    birnbaum, raw, 1 - downIfDown, criticality));
        }
        return list;
    }
}
