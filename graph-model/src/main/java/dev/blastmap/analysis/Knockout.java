package dev.blastmap.analysis;

import dev.blastmap.model.ServiceId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One knockout over a compiled graph: a Dijkstra-like search, then the result built from its arrays.
 *
 * <p>Down services are settled in (time, wave) order, so when a clause loses its {@code failuresToBreak}-th
 * member, the dependent gets the candidate key (time + delay, wave + 1) of the semantics; a better candidate
 * replaces a worse one, an equal one from an earlier clause takes over the cause. Services of equal key are
 * settled as one bucket in any order ({@link KeyBuckets}); which member of a bucket broke the winning clause
 * (by id) and the (time, wave, id) order of the result are worked out afterwards, which is cheaper than
 * keeping every bucket sorted. Used once, by one thread.
 */
final class Knockout {

    private static final byte UP = 0;
    private static final byte CANDIDATE = 1;
    private static final byte SETTLED = 2;

    private final CompiledGraph g;
    private final long[] time;
    private final int[] wave;
    /** The winning clause (an index into the compiled clauses), -1 for knocked-out services. */
    private final int[] causeClause;
    /** The time of the bucket that broke the winning clause. */
    private final long[] breakTime;
    private final byte[] state;
    /** Services with a down member in some clause, hard or soft: degraded unless down themselves. */
    private final boolean[] named;
    /** Down members of each clause that needs more than one loss to break. */
    private final int[] downMembers;
    private final int[] settledOrder;
    private int settled;
    /** Bucket b settled settledOrder[bucketEnds[b]] until settledOrder[bucketEnds[b + 1]]. */
    private int[] bucketEnds = new int[16];
    private int bucketCount;

    Knockout(CompiledGraph g) {
        this.g = g;
        int n = g.size;
        time = new long[n];
        wave = new int[n];
        causeClause = new int[n];
        breakTime = new long[n];
        state = new byte[n];
        named = new boolean[n];
        downMembers = new int[g.clauseCount()];
        settledOrder = new int[n];
    }

    /** Knocks out the sources (indexes of the ids in k, in the same order) and builds the blast radius. */
    BlastRadius run(Set<ServiceId> k, int[] sources) {
        search(sources);
        return result(k, inSpreadOrder());
    }

    private void search(int[] sources) {
        KeyBuckets queue = new KeyBuckets();
        for (int v : sources) {
            state[v] = CANDIDATE;
            causeClause[v] = -1;
            queue.push(v, 0, 0);
        }
        while (!queue.isEmpty()) {
            int bucket = queue.takeSmallest();
            long t = queue.time(bucket);
            int w = queue.wave(bucket);
            for (int e = queue.first(bucket); e >= 0; e = queue.next(e)) {
                int u = queue.service(e);
                if (state[u] == SETTLED) {
                    continue; // settled earlier under a smaller key, or listed twice
                }
                state[u] = SETTLED;
                settledOrder[settled++] = u;
                int r = g.reverseStart[u];
                for (int hardEnd = g.reverseSoftStart[u]; r < hardEnd; r++) {
                    int v = g.reverseOwner[r];
                    named[v] = true;
                    int c = g.reverseCode[r];
                    if (c < 0) {
                        c = ~c;
                        if (++downMembers[c] != g.clauseFailures[c]) {
                            continue;
                        }
                    }
                    if (state[v] != SETTLED) {
                        offer(v, c, CompiledGraph.addTimes(t, g.reverseDelay[r]), w + 1, t, queue);
                    }
                }
                for (int end = g.reverseStart[u + 1]; r < end; r++) {
                    named[g.reverseOwner[r]] = true;
                }
            }
            if (bucketEnds[bucketCount] != settled) {
                if (bucketCount + 1 == bucketEnds.length) {
                    bucketEnds = Arrays.copyOf(bucketEnds, bucketEnds.length * 2);
                }
                bucketEnds[++bucketCount] = settled;
            }
        }
    }

    /** Clause c of v broke in the bucket of time {@code at}, giving v the candidate key (t, w). */
    private void offer(int v, int c, long t, int w, long at, KeyBuckets queue) {
        if (state[v] == UP || t < time[v] || t == time[v] && w < wave[v]) {
            state[v] = CANDIDATE;
            time[v] = t;
            wave[v] = w;
            causeClause[v] = c;
            breakTime[v] = at;
            queue.push(v, t, w);
        } else if (t == time[v] && w == wave[v] && c < causeClause[v]) {
            causeClause[v] = c;
            breakTime[v] = at;
        }
    }

    /**
     * The settled services in (time, wave, id) order. Buckets were settled in key order; within each, one
     * sweep over all services in id order drops each into its bucket's next slot, so no comparisons are made.
     */
    private int[] inSpreadOrder() {
        int[] sorted = new int[settled];
        if (settled * 8L < g.size) {
            // few down: sorting them is cheaper than sweeping every service
            int[] ranks = new int[settled];
            for (int b = 0; b < bucketCount; b++) {
                for (int i = bucketEnds[b]; i < bucketEnds[b + 1]; i++) {
                    ranks[i] = g.idRank[settledOrder[i]];
                }
                Arrays.sort(ranks, bucketEnds[b], bucketEnds[b + 1]);
            }
            for (int i = 0; i < settled; i++) {
                sorted[i] = g.byIdRank[ranks[i]];
            }
            return sorted;
        }
        int[] bucketOf = new int[g.size];
        for (int b = 0; b < bucketCount; b++) {
            for (int i = bucketEnds[b]; i < bucketEnds[b + 1]; i++) {
                bucketOf[settledOrder[i]] = b;
            }
        }
        int[] fill = Arrays.copyOf(bucketEnds, bucketCount);
        for (int r = 0; r < g.size; r++) {
            int v = g.byIdRank[r];
            if (state[v] == SETTLED) {
                sorted[fill[bucketOf[v]]++] = v;
            }
        }
        return sorted;
    }

    /**
     * The member that broke clause c: of the members down at the break key (breakTime, breakWave), the one
     * at position failuresToBreak by id, once the members down earlier are counted.
     */
    private int breaker(int c, long breakTime, int breakWave, int[] atBreak) {
        if (g.memberStart[c + 1] - g.memberStart[c] == 1) {
            return g.members[g.memberStart[c]];
        }
        int earlier = 0;
        int found = 0;
        for (int j = g.memberStart[c]; j < g.memberStart[c + 1]; j++) {
            int m = g.members[j];
            if (state[m] != SETTLED) {
                continue;
            }
            if (time[m] < breakTime || time[m] == breakTime && wave[m] < breakWave) {
                earlier++;
            } else if (time[m] == breakTime && wave[m] == breakWave) {
                atBreak[found++] = g.idRank[m];
            }
        }
        Arrays.sort(atBreak, 0, found);
        return g.byIdRank[atBreak[g.clauseFailures[c] - earlier - 1]];
    }

    private BlastRadius result(Set<ServiceId> k, int[] down) {
        Failure[] failures = new Failure[g.size];
        List<Failure> downList = new ArrayList<>(settled);
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
                int cause = breaker(c, breakTime[v], wave[v] - 1, atBreak);
                f = new Failure(g.ids[v], lastTime, wave[v], g.ids[cause], c - g.clauseStart[v]);
            }
            failures[v] = f;
            downList.add(f);
        }
        int[] degradedRanks = new int[g.size];
        int degradedCount = 0;
        int[] customerFacingRanks = new int[settled];
        int customerFacingCount = 0;
        double weighted = 0;
        for (int v = 0; v < g.size; v++) {
            if (state[v] != SETTLED) {
                if (named[v]) {
                    degradedRanks[degradedCount++] = g.idRank[v];
                }
            } else {
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
            result.add(g.ids[g.byIdRank[ranks[i]]]);
        }
        return result;
    }
}
