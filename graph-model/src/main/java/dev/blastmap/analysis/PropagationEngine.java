package dev.blastmap.analysis;

import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Computes how a knockout spreads through a graph, following docs/semantics.md exactly.
 * Built once per graph (it compiles the graph into arrays); each call is then independent and thread-safe.
 *
 * <p>A knockout is a Dijkstra-like search: down services are settled in (time, wave) order, so when a clause
 * loses its {@code failuresToBreak}-th member, the dependent gets the candidate key (time + delay, wave + 1)
 * of the semantics. Services of equal key are settled as one bucket in any order; which member of the bucket
 * broke the winning clause (by id) and the (time, wave, id) order of the result are worked out afterwards.
 * Simulated times are kept in nanoseconds and saturate at about 292 years.
 */
public final class PropagationEngine {

    private final CompiledGraph compiled;

    /** Compiles the graph. */
    public PropagationEngine(Graph graph) {
        this.compiled = new CompiledGraph(Objects.requireNonNull(graph, "graph"));
    }

    /** The graph this engine answers for. */
    public Graph graph() {
        return compiled.graph;
    }

    CompiledGraph compiled() {
        return compiled;
    }

    /**
     * Knocks out the given services and computes the blast radius.
     *
     * @param knockedOut the knocked-out set K; repeats are ignored
     * @throws IllegalArgumentException if an id is not in the graph
     */
    public BlastRadius knockOut(Collection<ServiceId> knockedOut) {
        CompiledGraph g = compiled;
        Set<ServiceId> k = new LinkedHashSet<>(knockedOut);
        int n = g.size;
        long[] time = new long[n];
        int[] wave = new int[n];
        // the winning clause (index into the compiled clauses) and the time of the bucket that broke it
        int[] causeClause = new int[n];
        long[] breakTime = new long[n];
        // 0: up so far, 1: has a candidate key, 2: settled (down with its final key)
        byte[] state = new byte[n];
        int[] downMembers = new int[g.clauseCount()];
        KeyBuckets queue = new KeyBuckets();
        for (ServiceId id : k) {
            int v = g.indexOf(id);
            state[v] = 1;
            causeClause[v] = -1;
            queue.push(v, 0, 0);
        }
        int[] settledOrder = new int[n];
        int[] bucketEnds = new int[n + 1];
        int settled = 0;
        int bucketCount = 0;
        while (!queue.isEmpty()) {
            int bucket = queue.takeSmallest();
            long t = queue.time(bucket);
            int w = queue.wave(bucket);
            for (int e = queue.first(bucket); e >= 0; e = queue.next(e)) {
                int u = queue.service(e);
                if (state[u] == 2) {
                    continue; // settled earlier under a smaller key, or listed twice
                }
                state[u] = 2;
                settledOrder[settled++] = u;
                for (int r = g.hardStart[u], end = g.hardStart[u + 1]; r < end; r++) {
                    int c = g.hardClause[r];
                    if (c < 0) {
                        c = ~c;
                        if (++downMembers[c] != g.clauseFailures[c]) {
                            continue;
                        }
                    }
                    int v = g.hardOwner[r];
                    if (state[v] == 2) {
                        continue;
                    }
                    long candidateTime = CompiledGraph.addTimes(t, g.hardDelay[r]);
                    if (state[v] == 0 || candidateTime < time[v] || candidateTime == time[v] && w + 1 < wave[v]) {
                        state[v] = 1;
                        time[v] = candidateTime;
                        wave[v] = w + 1;
                        causeClause[v] = c;
                        breakTime[v] = t;
                        queue.push(v, candidateTime, w + 1);
                    } else if (candidateTime == time[v] && w + 1 == wave[v] && c < causeClause[v]) {
                        causeClause[v] = c;
                        breakTime[v] = t;
                    }
                }
            }
            if (bucketEnds[bucketCount] != settled) {
                bucketEnds[++bucketCount] = settled;
            }
        }
        return result(k, sortedById(settledOrder, settled, bucketEnds, bucketCount, state), state, time, wave,
                causeClause, breakTime);
    }

    /**
     * The settled services in (time, wave, id) order. Buckets were settled in key order; within each, one
     * sweep over all services in id order drops each into its bucket's next slot, so no comparisons are made.
     */
    private int[] sortedById(int[] order, int settled, int[] bucketEnds, int bucketCount, byte[] state) {
        CompiledGraph g = compiled;
        int[] bucketOf = new int[g.size];
        for (int b = 0; b < bucketCount; b++) {
            for (int i = bucketEnds[b]; i < bucketEnds[b + 1]; i++) {
                bucketOf[order[i]] = b;
            }
        }
        int[] fill = Arrays.copyOf(bucketEnds, bucketCount);
        int[] sorted = new int[settled];
        if (settled * 8L < g.size) {
            // few down: sorting them is cheaper than sweeping every service
            int[] ranks = new int[settled];
            for (int b = 0; b < bucketCount; b++) {
                for (int i = bucketEnds[b]; i < bucketEnds[b + 1]; i++) {
                    ranks[i] = g.idRank[order[i]];
                }
                Arrays.sort(ranks, bucketEnds[b], bucketEnds[b + 1]);
            }
            for (int i = 0; i < settled; i++) {
                sorted[i] = g.byIdRank[ranks[i]];
            }
            return sorted;
        }
        for (int r = 0; r < g.size; r++) {
            int v = g.byIdRank[r];
            if (state[v] == 2) {
                sorted[fill[bucketOf[v]]++] = v;
            }
        }
        return sorted;
    }

    /**
     * The member that broke clause c of a service whose key came from it: of the members down at the break
     * key (breakTime, wave - 1), the one at position failuresToBreak once the members down earlier are
     * counted, by id.
     */
    private int breaker(int c, long breakTime, int breakWave, byte[] state, long[] time, int[] wave, int[] atBreak) {
        CompiledGraph g = compiled;
        if (g.memberStart[c + 1] - g.memberStart[c] == 1) {
            return g.members[g.memberStart[c]];
        }
        int earlier = 0;
        int found = 0;
        for (int j = g.memberStart[c]; j < g.memberStart[c + 1]; j++) {
            int m = g.members[j];
            if (state[m] != 2) {
                continue;
            }
            long mt = time[m];
            if (mt < breakTime || mt == breakTime && wave[m] < breakWave) {
                earlier++;
            } else if (mt == breakTime && wave[m] == breakWave) {
                atBreak[found++] = g.idRank[m];
            }
        }
        Arrays.sort(atBreak, 0, found);
        return g.byIdRank[atBreak[g.clauseFailures[c] - earlier - 1]];
    }

    private BlastRadius result(Set<ServiceId> k, int[] down, byte[] state, long[] time, int[] wave,
                               int[] causeClause, long[] breakTime) {
        CompiledGraph g = compiled;
        int settled = down.length;
        Failure[] failures = new Failure[g.size];
        List<Failure> downList = new ArrayList<>(settled);
        boolean[] degraded = new boolean[g.size];
        int degradedCount = 0;
        Duration lastTime = Duration.ZERO;
        int[] atBreak = new int[g.largestClause];
        for (int v : down) {
            Failure f;
            int c = causeClause[v];
            if (c < 0) {
                f = new Failure(g.ids[v], Duration.ZERO, 0, null, -1);
            } else {
                if (lastTime.toNanos() != time[v]) {
                    lastTime = Duration.ofNanos(time[v]);
                }
                int cause = breaker(c, breakTime[v], wave[v] - 1, state, time, wave, atBreak);
                f = new Failure(g.ids[v], lastTime, wave[v], g.ids[cause], c - g.clauseStart[v]);
            }
            failures[v] = f;
            downList.add(f);
            for (int r = g.reverseStart[v], end = g.reverseStart[v + 1]; r < end; r++) {
                int dependent = g.reverseOwner[r];
                if (state[dependent] != 2 && !degraded[dependent]) {
                    degraded[dependent] = true;
                    degradedCount++;
                }
            }
        }
        int[] degradedRanks = new int[degradedCount];
        int[] customerFacingRanks = new int[settled];
        int customerFacingCount = 0;
        int j = 0;
        double weighted = 0;
        for (int v = 0; v < g.size; v++) {
            if (degraded[v]) {
                degradedRanks[j++] = g.idRank[v];
            } else if (state[v] == 2) {
                weighted += g.weight[v];
                if (g.customerFacing[v]) {
                    customerFacingRanks[customerFacingCount++] = g.idRank[v];
                }
            }
        }
        Impact impact = new Impact(settled, settled - k.size(), weighted,
                idsInOrder(customerFacingRanks, customerFacingCount));
        return new BlastRadius(k, downList, new LinkedHashSet<>(idsInOrder(degradedRanks, degradedCount)), impact,
                id -> {
                    int v = g.indexOrNone(id);
                    return v < 0 ? null : failures[v];
                });
    }

    private List<ServiceId> idsInOrder(int[] ranks, int count) {
        Arrays.sort(ranks, 0, count);
        List<ServiceId> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(compiled.ids[compiled.byIdRank[ranks[i]]]);
        }
        return result;
    }
}
