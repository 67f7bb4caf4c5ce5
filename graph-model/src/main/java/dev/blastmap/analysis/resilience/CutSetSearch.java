package dev.blastmap.analysis.resilience;

import dev.blastmap.analysis.Progress;
import dev.blastmap.analysis.ScenarioPropagation;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Service;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Finds the minimal cut sets of order 1 to 3 of some targets, 64 scenarios a pass. Cut sets of one are read off
 * the single failures of every service. Larger ones only need the <em>candidates</em>: services that are hard
 * dependencies (direct or not) of a target, and whose failure alone takes down a member of some redundant
 * clause. Any other service x adds nothing to a set K: when x takes down no member of a clause that needs
 * two or more losses, the down set of K and x is the union of their down sets (each clause not broken by
 * either breaks by neither), so K with x is a cut set only if K or x alone is one; and a service the target
 * does not depend on cannot change whether the target is down. Pairs are then searched as a base service
 * knocked out in all 64 scenarios plus one partner per scenario; triples as a base pair plus partners.
 * Used once.
 */
final class CutSetSearch {

    private final ScenarioPropagation propagation;
    private final int[] targets;
    /** The slot of each service in {@link #targets}, or -1. */
    private final int[] targetSlot;
    private final Progress progress;
    /** For each target slot, the services whose failure alone takes it down. */
    private final BitSet[] single;
    /** For each target slot, the minimal cut sets of two, as {@link #pairKey}. */
    private final List<Set<Long>> pairs = new ArrayList<>();
    private int[] candidates;
    private final List<int[]> found = new ArrayList<>();

    CutSetSearch(ScenarioPropagation propagation, int[] targets, Progress progress) {
        this.propagation = propagation;
        this.targets = targets;
        this.progress = progress;
        int n = propagation.size();
        targetSlot = new int[n];
        java.util.Arrays.fill(targetSlot, -1);
        single = new BitSet[targets.length];
        for (int slot = 0; slot < targets.length; slot++) {
            targetSlot[targets[slot]] = slot;
            single[slot] = new BitSet(n);
        }
    }

    /** The candidates for cut sets of two or more, ascending; known after {@link #singles}. */
    int[] candidates() {
        return candidates;
    }

    /** The cut sets found, each as (target slot, services...). */
    List<int[]> found() {
        return found;
    }

    /** Finds the cut sets of one, and the candidates for larger ones. */
    void singles() {
        int n = propagation.size();
        boolean[] memberOfRedundant = new boolean[n];
        for (Service s : propagation.graph().services()) {
            for (Clause c : s.dependsOn()) {
                if (!c.soft() && c.failuresToBreak() >= 2) {
                    c.members().forEach(m -> memberOfRedundant[propagation.indexOf(m)] = true);
                }
            }
        }
        boolean[] reachesRedundancy = new boolean[n];
        ScenarioPropagation.Pass pass = propagation.pass();
        for (int offset = 0; offset < n; offset += ScenarioPropagation.SCENARIOS) {
            checkCancelled();
            int count = Math.min(ScenarioPropagation.SCENARIOS, n - offset);
            for (int bit = 0; bit < count; bit++) {
                pass.knockOut(offset + bit, 1L << bit);
            }
            pass.propagate();
            for (int i = 0, down = pass.downCount(); i < down; i++) {
                int v = pass.downService(i);
                long mask = pass.down(v);
                for (long m = mask; m != 0; m &= m - 1) {
                    int source = offset + Long.numberOfTrailingZeros(m);
                    if (targetSlot[v] >= 0 && source != v) {
                        single[targetSlot[v]].set(source);
                        found.add(new int[] {targetSlot[v], source});
                    }
                    reachesRedundancy[source] |= memberOfRedundant[v];
                }
            }
            pass.clear();
        }
        boolean[] dependency = hardDependenciesOfTargets();
        candidates = IntStream.range(0, n).filter(v -> reachesRedundancy[v] && dependency[v]).toArray();
    }

    /** Every service some target needs through hard clauses, directly or not (targets included). */
    private boolean[] hardDependenciesOfTargets() {
        List<Service> services = propagation.graph().services();
        boolean[] reached = new boolean[services.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int t : targets) {
            reached[t] = true;
            queue.add(t);
        }
        while (!queue.isEmpty()) {
            for (Clause c : services.get(queue.poll()).dependsOn()) {
                if (c.soft()) {
                    continue;
                }
                c.members().forEach(m -> {
                    int u = propagation.indexOf(m);
                    if (!reached[u]) {
                        reached[u] = true;
                        queue.add(u);
                    }
                });
            }
        }
        return reached;
    }

    /** How many passes {@link #pairs()} makes. */
    long pairPasses() {
        long passes = 0;
        for (int i = 0; i < candidates.length; i++) {
            passes += passesAfter(i);
        }
        return passes;
    }

    /** How many passes {@link #triples()} makes. */
    long triplePasses() {
        long passes = 0;
        for (int j = 1; j < candidates.length; j++) {
            passes += j * passesAfter(j);
        }
        return passes;
    }

    private long passesAfter(int i) {
        return (candidates.length - i - 1 + ScenarioPropagation.SCENARIOS - 1) / ScenarioPropagation.SCENARIOS;
    }

    /** Finds the minimal cut sets of two; the singles must be known. */
    void pairs(WorkCounter counter) {
        run(candidates.length, counter, (i, pass, into) -> partners(new int[] {candidates[i]}, i + 1, pass, into));
        for (int slot = 0; slot < targets.length; slot++) {
            pairs.add(new HashSet<>());
        }
        for (int[] set : found) {
            if (set.length == 3) {
                pairs.get(set[0]).add(pairKey(set[1], set[2]));
            }
        }
    }

    /** Finds the minimal cut sets of three; the pairs must be known. */
    void triples(WorkCounter counter) {
        int c = candidates.length;
        int[] firstOfBase = new int[c];
        for (int j = 1; j < c; j++) {
            firstOfBase[j] = firstOfBase[j - 1] + (j - 1);
        }
        // base pairs (i, j), i < j, numbered j * (j - 1) / 2 + i
        int basePairs = c < 2 ? 0 : firstOfBase[c - 1] + c - 1;
        run(basePairs, counter, (k, pass, into) -> {
            int j = upperOf(firstOfBase, k);
            int i = k - firstOfBase[j];
            partners(new int[] {candidates[i], candidates[j]}, j + 1, pass, into);
        });
    }

    private static int upperOf(int[] firstOfBase, int k) {
        int at = java.util.Arrays.binarySearch(firstOfBase, k);
        if (at < 0) {
            return -at - 2;
        }
        while (at + 1 < firstOfBase.length && firstOfBase[at + 1] == k) {
            at++;
        }
        return at;
    }

    /** The work of one base: knocks it out in every scenario with one partner per scenario. */
    private interface Base {
        void search(int index, ScenarioPropagation.Pass pass, List<int[]> into);
    }

    private void run(int bases, WorkCounter counter, Base base) {
        AtomicInteger next = new AtomicInteger();
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), bases));
        List<List<int[]>> results = IntStream.range(0, workers).parallel().mapToObj(worker -> {
            ScenarioPropagation.Pass pass = propagation.pass();
            List<int[]> into = new ArrayList<>();
            for (int k = next.getAndIncrement(); k < bases; k = next.getAndIncrement()) {
                checkCancelled();
                base.search(k, pass, into);
                counter.advance(1);
            }
            return into;
        }).toList();
        results.forEach(found::addAll);
    }

    /**
     * Knocks out the base in every scenario and candidates from {@code from} on, one per scenario, and keeps
     * each (base + partner) that takes a target down while no proper subset does.
     */
    private void partners(int[] base, int from, ScenarioPropagation.Pass pass, List<int[]> into) {
        for (int offset = from; offset < candidates.length; offset += ScenarioPropagation.SCENARIOS) {
            int count = Math.min(ScenarioPropagation.SCENARIOS, candidates.length - offset);
            for (int b : base) {
                pass.knockOut(b, -1L);
            }
            for (int bit = 0; bit < count; bit++) {
                pass.knockOut(candidates[offset + bit], 1L << bit);
            }
            pass.propagate();
            for (int i = 0, down = pass.downCount(); i < down; i++) {
                int v = pass.downService(i);
                int slot = targetSlot[v];
                if (slot < 0 || !baseMayGrow(slot, v, base)) {
                    continue;
                }
                for (long m = pass.down(v); m != 0; m &= m - 1) {
                    int partner = candidates[offset + Long.numberOfTrailingZeros(m)];
                    if (partner != v && partnerIsNew(slot, base, partner)) {
                        int[] set = new int[base.length + 2];
                        set[0] = slot;
                        System.arraycopy(base, 0, set, 1, base.length);
                        set[base.length + 1] = partner;
                        into.add(set);
                    }
                }
            }
            pass.clear();
        }
    }

    /** True if the base leaves target v out and no subset of it is a cut set of v. */
    private boolean baseMayGrow(int slot, int v, int[] base) {
        for (int b : base) {
            if (b == v || single[slot].get(b)) {
                return false;
            }
        }
        return base.length < 2 || !pairs.get(slot).contains(pairKey(base[0], base[1]));
    }

    /** True if no cut set of the target is the partner alone or the partner with one service of the base. */
    private boolean partnerIsNew(int slot, int[] base, int partner) {
        if (single[slot].get(partner)) {
            return false;
        }
        if (base.length == 2) {
            Set<Long> known = pairs.get(slot);
            return !known.contains(pairKey(base[0], partner)) && !known.contains(pairKey(base[1], partner));
        }
        return true;
    }

    private static long pairKey(int a, int b) {
        return (long) Math.min(a, b) << 32 | Math.max(a, b);
    }

    private void checkCancelled() {
        if (progress.isCancelled()) {
            throw new CancellationException("cut sets cancelled");
        }
    }
}
