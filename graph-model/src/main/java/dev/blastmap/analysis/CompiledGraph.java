package dev.blastmap.analysis;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A graph flattened into int arrays (compressed sparse rows) so that propagation touches no objects.
 * Services are numbered 0..n-1 in file order; clauses 0..c-1 in file order (all clauses of service 0, then of
 * service 1, ...). Immutable after construction and shared freely between threads.
 */
final class CompiledGraph {

    /** Saturation value for simulated times, in nanoseconds (about 292 years). */
    static final long NEVER = Long.MAX_VALUE;

    final Graph graph;
    final int size;
    final ServiceId[] ids;
    /** Position of each service when all ids are sorted; compares like the ids do. */
    final int[] idRank;
    /** The service at each id rank. */
    final int[] byIdRank;
    final double[] weight;
    final boolean[] customerFacing;
    private final Map<ServiceId, Integer> indexById;

    /** Clauses of service v are clauseStart[v] until clauseStart[v + 1]. */
    final int[] clauseStart;
    final int[] clauseOwner;
    /** failuresToBreak of each clause: how many members must be down before it breaks. */
    final int[] clauseFailures;
    final boolean[] clauseSoft;
    /** The delay of each clause in nanoseconds, saturated at {@link #NEVER}. */
    final long[] clauseDelay;
    /** Members of clause c are members[memberStart[c]] until members[memberStart[c + 1]]. */
    final int[] memberStart;
    final int[] members;
    /** The clause each member slot belongs to. */
    final int[] memberClause;
    /** The most members any clause has. */
    final int largestClause;

    /** The clauses (hard and soft) that name service u are reverseClause[reverseStart[u]] until reverseStart[u + 1]. */
    final int[] reverseStart;
    final int[] reverseClause;
    /** The service owning reverseClause[r]. */
    final int[] reverseOwner;

    /**
     * The hard clauses naming service u, for the knockout's inner loop, in slots hardStart[u] until
     * hardStart[u + 1], with what that loop needs side by side: the clause, bit-inverted ({@code ~c}) when it
     * takes more than one lost member to break (so it must count); its owner; its delay.
     */
    final int[] hardStart;
    final int[] hardClause;
    final int[] hardOwner;
    final long[] hardDelay;

    CompiledGraph(Graph graph) {
        this.graph = graph;
        List<Service> services = graph.services();
        size = services.size();
        ids = new ServiceId[size];
        weight = new double[size];
        customerFacing = new boolean[size];
        indexById = new HashMap<>(size * 2);
        int clauseCount = 0;
        int memberCount = 0;
        for (int v = 0; v < size; v++) {
            Service s = services.get(v);
            ids[v] = s.id();
            weight[v] = s.weight();
            customerFacing[v] = s.customerFacing();
            indexById.put(s.id(), v);
            clauseCount += s.dependsOn().size();
            for (Clause c : s.dependsOn()) {
                memberCount += c.members().size();
            }
        }
        idRank = new int[size];
        byIdRank = sortedById(ids);
        for (int r = 0; r < size; r++) {
            idRank[byIdRank[r]] = r;
        }

        clauseStart = new int[size + 1];
        clauseOwner = new int[clauseCount];
        clauseFailures = new int[clauseCount];
        clauseSoft = new boolean[clauseCount];
        clauseDelay = new long[clauseCount];
        memberStart = new int[clauseCount + 1];
        members = new int[memberCount];
        memberClause = new int[memberCount];
        int[] timesNamed = new int[size + 1];
        int c = 0;
        int m = 0;
        for (int v = 0; v < size; v++) {
            clauseStart[v] = c;
            for (Clause clause : services.get(v).dependsOn()) {
                clauseOwner[c] = v;
                clauseFailures[c] = clause.failuresToBreak();
                clauseSoft[c] = clause.soft();
                clauseDelay[c] = nanos(clause.delay());
                memberStart[c] = m;
                for (ServiceId member : clause.members()) {
                    int u = indexById.get(member);
                    memberClause[m] = c;
                    members[m++] = u;
                    timesNamed[u + 1]++;
                }
                c++;
            }
        }
        clauseStart[size] = c;
        memberStart[c] = m;
        int largest = 0;
        for (int k = 0; k < c; k++) {
            largest = Math.max(largest, memberStart[k + 1] - memberStart[k]);
        }
        largestClause = largest;

        reverseStart = new int[size + 1];
        for (int u = 0; u < size; u++) {
            reverseStart[u + 1] = reverseStart[u] + timesNamed[u + 1];
        }
        reverseClause = new int[memberCount];
        reverseOwner = new int[memberCount];
        int[] fill = Arrays.copyOf(reverseStart, size);
        int[] hardNamed = new int[size + 1];
        for (int k = 0; k < clauseCount; k++) {
            for (int j = memberStart[k]; j < memberStart[k + 1]; j++) {
                reverseOwner[fill[members[j]]] = clauseOwner[k];
                reverseClause[fill[members[j]]++] = k;
                if (!clauseSoft[k]) {
                    hardNamed[members[j] + 1]++;
                }
            }
        }
        hardStart = new int[size + 1];
        for (int u = 0; u < size; u++) {
            hardStart[u + 1] = hardStart[u] + hardNamed[u + 1];
        }
        hardClause = new int[hardStart[size]];
        hardOwner = new int[hardStart[size]];
        hardDelay = new long[hardStart[size]];
        int[] hardFill = Arrays.copyOf(hardStart, size);
        for (int k = 0; k < clauseCount; k++) {
            if (clauseSoft[k]) {
                continue;
            }
            for (int j = memberStart[k]; j < memberStart[k + 1]; j++) {
                int slot = hardFill[members[j]]++;
                hardClause[slot] = clauseFailures[k] == 1 ? k : ~k;
                hardOwner[slot] = clauseOwner[k];
                hardDelay[slot] = clauseDelay[k];
            }
        }
    }

    /** The number of clauses of all services together. */
    int clauseCount() {
        return clauseOwner.length;
    }

    /** The index of a service. */
    int indexOf(ServiceId id) {
        Integer v = indexById.get(id);
        if (v == null) {
            throw new IllegalArgumentException("no service with id '" + id + "'");
        }
        return v;
    }

    /** The index of a service, or -1 if the graph has none of that id. */
    int indexOrNone(ServiceId id) {
        Integer v = indexById.get(id);
        return v == null ? -1 : v;
    }

    /** a + b for non-negative times, saturated at {@link #NEVER}. */
    static long addTimes(long a, long b) {
        long sum = a + b;
        return sum < 0 ? NEVER : sum;
    }

    private static long nanos(Duration d) {
        if (d.getSeconds() >= NEVER / 1_000_000_000L) {
            return NEVER;
        }
        return d.toNanos();
    }

    private static int[] sortedById(ServiceId[] ids) {
        Integer[] order = new Integer[ids.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> ids[a].compareTo(ids[b]));
        int[] result = new int[ids.length];
        for (int i = 0; i < order.length; i++) {
            result[i] = order[i];
        }
        return result;
    }
}
