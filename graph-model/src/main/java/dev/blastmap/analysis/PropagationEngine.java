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
 * <p>A knockout is a Dijkstra-like search: down services are settled in (time, wave, id) order, so when a
 * clause has lost its {@code failuresToBreak}-th member, the member being settled is exactly the one the
 * semantics names as the breaker, and the dependent gets the candidate key (time + delay, wave + 1).
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
        int[] cause = new int[n];
        int[] causeClause = new int[n];
        // 0: up so far, 1: has a candidate key, 2: settled (down with its final key)
        byte[] state = new byte[n];
        int[] downMembers = new int[g.clauseCount()];
        KeyQueue queue = new KeyQueue(Math.max(16, k.size() * 2));
        for (ServiceId id : k) {
            int v = g.indexOf(id);
            state[v] = 1;
            cause[v] = -1;
            causeClause[v] = -1;
            queue.push(0, g.idRank[v]);
        }
        int[] settledOrder = new int[n];
        int settled = 0;
        while (!queue.isEmpty()) {
            long t = queue.topTime();
            long waveRank = queue.topWaveRank();
            queue.pop();
            int u = g.byIdRank[(int) waveRank];
            if (state[u] == 2) {
                continue; // a stale, larger entry of a service already settled
            }
            state[u] = 2;
            settledOrder[settled++] = u;
            int w = (int) (waveRank >>> 32);
            for (int r = g.reverseStart[u], end = g.reverseStart[u + 1]; r < end; r++) {
                int c = g.reverseClause[r];
                if (g.clauseSoft[c] || ++downMembers[c] != g.clauseFailures[c]) {
                    continue;
                }
                int v = g.clauseOwner[c];
                if (state[v] == 2) {
                    continue;
                }
                long candidateTime = CompiledGraph.addTimes(t, g.clauseDelay[c]);
                int candidateWave = w + 1;
                int clauseIndex = c - g.clauseStart[v];
                boolean better = state[v] == 0
                        || candidateTime < time[v]
                        || candidateTime == time[v] && candidateWave < wave[v];
                if (better) {
                    state[v] = 1;
                    time[v] = candidateTime;
                    wave[v] = candidateWave;
                    cause[v] = u;
                    causeClause[v] = clauseIndex;
                    queue.push(candidateTime, ((long) candidateWave << 32) | g.idRank[v]);
                } else if (candidateTime == time[v] && candidateWave == wave[v] && clauseIndex < causeClause[v]) {
                    cause[v] = u;
                    causeClause[v] = clauseIndex;
                }
            }
        }
        return result(k, settledOrder, settled, state, time, wave, cause, causeClause);
    }

    private BlastRadius result(Set<ServiceId> k, int[] order, int settled, byte[] state, long[] time, int[] wave,
                               int[] cause, int[] causeClause) {
        CompiledGraph g = compiled;
        List<Failure> down = new ArrayList<>(settled);
        boolean[] degraded = new boolean[g.size];
        int degradedCount = 0;
        for (int i = 0; i < settled; i++) {
            int v = order[i];
            down.add(cause[v] < 0
                    ? new Failure(g.ids[v], Duration.ZERO, 0, null, -1)
                    : new Failure(g.ids[v], time[v] == 0 ? Duration.ZERO : Duration.ofNanos(time[v]), wave[v],
                            g.ids[cause[v]], causeClause[v]));
            for (int r = g.reverseStart[v], end = g.reverseStart[v + 1]; r < end; r++) {
                int dependent = g.clauseOwner[g.reverseClause[r]];
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
        return new BlastRadius(k, down, new LinkedHashSet<>(idsInOrder(degradedRanks, degradedCount)), impact);
    }

    private List<ServiceId> idsInOrder(int[] ranks, int count) {
        Arrays.sort(ranks, 0, count);
        List<ServiceId> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(compiled.ids[compiled.byIdRank[ranks[i]]]);
        }
        return result;
    }

    /**
     * A binary min-heap of (time, wave &lt;&lt; 32 | id rank) pairs. Entries are never updated in place: a better
     * key is pushed again and the worse one is skipped when it surfaces, which is cheaper than an indexed heap.
     */
    private static final class KeyQueue {
        private long[] times;
        private long[] waveRanks;
        private int size;

        KeyQueue(int capacity) {
            times = new long[capacity];
            waveRanks = new long[capacity];
        }

        boolean isEmpty() {
            return size == 0;
        }

        long topTime() {
            return times[0];
        }

        long topWaveRank() {
            return waveRanks[0];
        }

        void push(long time, long waveRank) {
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
                waveRanks = Arrays.copyOf(waveRanks, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!less(time, waveRank, times[parent], waveRanks[parent])) {
                    break;
                }
                times[i] = times[parent];
                waveRanks[i] = waveRanks[parent];
                i = parent;
            }
            times[i] = time;
            waveRanks[i] = waveRank;
        }

        void pop() {
            size--;
            long time = times[size];
            long waveRank = waveRanks[size];
            int i = 0;
            int half = size >>> 1;
            while (i < half) {
                int child = 2 * i + 1;
                int right = child + 1;
                if (right < size && less(times[right], waveRanks[right], times[child], waveRanks[child])) {
                    child = right;
                }
                if (!less(times[child], waveRanks[child], time, waveRank)) {
                    break;
                }
                times[i] = times[child];
                waveRanks[i] = waveRanks[child];
                i = child;
            }
            times[i] = time;
            waveRanks[i] = waveRank;
        }

        private static boolean less(long timeA, long waveRankA, long timeB, long waveRankB) {
            return timeA < timeB || timeA == timeB && waveRankA < waveRankB;
        }
    }
}
