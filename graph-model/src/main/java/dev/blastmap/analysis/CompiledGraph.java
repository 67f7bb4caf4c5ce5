package dev.blastmap.analysis;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A graph flattened into int arrays (compressed sparse rows) so that propagation touches no objects.
 * Services are numbered 0..n-1 in file order; clauses 0..c-1 in file order (all clauses of service 0, then of
 * service 1, ...). Immutable after construction and shared freely between threads.
 */
final class CompiledGraph {

    /** Graphs from this many services on are compiled on all cores. */
    private static final int PARALLEL_FROM = 4096;
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
    private final IdIndex indexById;

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

    /**
     * The clauses that name service u, in slots reverseStart[u] until reverseStart[u + 1]: the hard ones
     * first, the soft ones from reverseSoftStart[u]. Side by side for the knockout's inner loop: the clause;
     * its code (the clause, bit-inverted as {@code ~c} when it takes more than one lost member to break, so
     * that the loop knows to count without looking the clause up); its owner; its delay.
     */
    final int[] reverseStart;
    final int[] reverseSoftStart;
    final int[] reverseClause;
    final int[] reverseCode;
    final int[] reverseOwner;
    final long[] reverseDelay;

    CompiledGraph(Graph graph) {
        this.graph = graph;
        List<Service> services = graph.services();
        size = services.size();
        ids = new ServiceId[size];
        weight = new double[size];
        customerFacing = new boolean[size];
        clauseStart = new int[size + 1];
        int[] serviceMemberStart = new int[size + 1];
        int clauseCount = 0;
        int memberCount = 0;
        for (int v = 0; v < size; v++) {
            Service s = services.get(v);
            ids[v] = s.id();
            weight[v] = s.weight();
            customerFacing[v] = s.customerFacing();
            clauseStart[v] = clauseCount;
            serviceMemberStart[v] = memberCount;
            List<Clause> clauses = s.dependsOn();
            clauseCount += clauses.size();
            for (int k = 0, clausesOfV = clauses.size(); k < clausesOfV; k++) {
                memberCount += clauses.get(k).members().size();
            }
        }
        clauseStart[size] = clauseCount;
        serviceMemberStart[size] = memberCount;
        indexById = new IdIndex(ids);
        idRank = new int[size];
        byIdRank = sortedById(ids);
        for (int r = 0; r < size; r++) {
            idRank[byIdRank[r]] = r;
        }

        clauseOwner = new int[clauseCount];
        clauseFailures = new int[clauseCount];
        clauseSoft = new boolean[clauseCount];
        clauseDelay = new long[clauseCount];
        memberStart = new int[clauseCount + 1];
        members = new int[memberCount];
        memberClause = new int[memberCount];
        // Looking every member up walks the whole object model, which is most of compiling: the two halves of
        // the services go to both cores (each service's slots are known from the counts above).
        int chunks = size < PARALLEL_FROM ? 1 : 2 * Runtime.getRuntime().availableProcessors();
        IntStream.range(0, chunks).parallel().forEach(chunk -> compileClauses(services,
                (int) ((long) size * chunk / chunks), (int) ((long) size * (chunk + 1) / chunks), serviceMemberStart));
        memberStart[clauseCount] = memberCount;
        int c = clauseCount;
        int m = memberCount;
        int[] timesNamed = new int[size + 1];
        for (int j = 0; j < memberCount; j++) {
            timesNamed[members[j] + 1]++;
        }
        int largest = 0;
        for (int k = 0; k < c; k++) {
            largest = Math.max(largest, memberStart[k + 1] - memberStart[k]);
        }
        largestClause = largest;

        reverseStart = new int[size + 1];
        reverseSoftStart = new int[size];
        int[] hardNamed = new int[size];
        for (int k = 0; k < clauseCount; k++) {
            if (!clauseSoft[k]) {
                for (int j = memberStart[k]; j < memberStart[k + 1]; j++) {
                    hardNamed[members[j]]++;
                }
            }
        }
        for (int u = 0; u < size; u++) {
            reverseStart[u + 1] = reverseStart[u] + timesNamed[u + 1];
            reverseSoftStart[u] = reverseStart[u] + hardNamed[u];
        }
        reverseClause = new int[memberCount];
        reverseCode = new int[memberCount];
        reverseOwner = new int[memberCount];
        reverseDelay = new long[memberCount];
        int[] hardFill = Arrays.copyOf(reverseStart, size);
        int[] softFill = Arrays.copyOf(reverseSoftStart, size);
        for (int k = 0; k < clauseCount; k++) {
            for (int j = memberStart[k]; j < memberStart[k + 1]; j++) {
                int slot = clauseSoft[k] ? softFill[members[j]]++ : hardFill[members[j]]++;
                reverseClause[slot] = k;
                reverseCode[slot] = clauseFailures[k] == 1 ? k : ~k;
                reverseOwner[slot] = clauseOwner[k];
                reverseDelay[slot] = clauseDelay[k];
            }
        }
    }

    /** Fills the clause and member slots of services from until to (exclusive). */
    private void compileClauses(List<Service> services, int from, int to, int[] serviceMemberStart) {
        int m = serviceMemberStart[from];
        for (int v = from; v < to; v++) {
            int c = clauseStart[v];
            List<Clause> clauses = services.get(v).dependsOn();
            for (int k = 0, clausesOfV = clauses.size(); k < clausesOfV; k++, c++) {
                Clause clause = clauses.get(k);
                clauseOwner[c] = v;
                clauseFailures[c] = clause.failuresToBreak();
                clauseSoft[c] = clause.soft();
                clauseDelay[c] = nanos(clause.delay());
                memberStart[c] = m;
                List<ServiceId> clauseMembers = clause.members();
                for (int j = 0, membersOfC = clauseMembers.size(); j < membersOfC; j++) {
                    memberClause[m] = c;
                    members[m++] = indexById.indexOf(clauseMembers.get(j));
                }
            }
        }
    }

    /** The number of clauses of all services together. */
    int clauseCount() {
        return clauseOwner.length;
    }

    /** The index of a service. */
    int indexOf(ServiceId id) {
        int v = indexById.indexOf(id);
        if (v < 0) {
            throw new IllegalArgumentException("no service with id '" + id + "'");
        }
        return v;
    }

    /** The index of a service, or -1 if the graph has none of that id. */
    int indexOrNone(ServiceId id) {
        return indexById.indexOf(id);
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
