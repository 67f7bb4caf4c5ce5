package dev.blastmap.analysis.availability;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For every service, the unreliable services (availability below 1) in its upstream cone: itself and every
 * service its hard clauses name, transitively. Only their failures can take it down, so its availability is a
 * function of theirs alone. Sets larger than a limit are not kept: such a service is left to Monte Carlo.
 *
 * <p>Computed in dependency order, so that each set is built once from its dependencies' sets; inside a
 * cycle a worklist repeats until nothing grows (every set only grows and is bounded, so this ends).
 */
final class UnreliableCone {

    /** Marks a set that grew beyond the limit. */
    private static final int[] TOO_MANY = new int[0];
    private static final int[] NONE = new int[0];

    private final int[][] cone;

    private UnreliableCone(int[][] cone) {
        this.cone = cone;
    }

    /**
     * The cones of every service, keeping sets of at most {@code limit} services.
     *
     * @param dependenciesFirst every service, dependencies before dependents except within cycles
     */
    static UnreliableCone of(Graph graph, int[] dependenciesFirst, int limit) {
        List<Service> services = graph.services();
        int n = services.size();
        int[][] hardMembers = hardMembers(graph);
        int[] dependentCount = new int[n];
        for (int v = 0; v < n; v++) {
            for (int m : hardMembers[v]) {
                dependentCount[m]++;
            }
        }
        int[][] dependents = new int[n][];
        for (int v = 0; v < n; v++) {
            dependents[v] = new int[dependentCount[v]];
        }
        int[] fill = new int[n];
        for (int v = 0; v < n; v++) {
            for (int m : hardMembers[v]) {
                dependents[m][fill[m]++] = v;
            }
        }
        int[][] cone = new int[n][];
        for (int v = 0; v < n; v++) {
            cone[v] = services.get(v).isUnreliable() ? new int[] {v} : NONE;
        }
        boolean[] queued = new boolean[n];
        ArrayDeque<Integer> work = new ArrayDeque<>();
        for (int v : dependenciesFirst) {
            work.add(v);
            queued[v] = true;
        }
        while (!work.isEmpty()) {
            int v = work.poll();
            queued[v] = false;
            int[] grown = union(cone[v], hardMembers[v], cone, limit);
            if (grown != cone[v]) {
                cone[v] = grown;
                for (int d : dependents[v]) {
                    if (!queued[d]) {
                        queued[d] = true;
                        work.add(d);
                    }
                }
            }
        }
        return new UnreliableCone(cone);
    }

    /** For every service (by index), the distinct services its hard clauses name. */
    static int[][] hardMembers(Graph graph) {
        List<Service> services = graph.services();
        int n = services.size();
        Map<ServiceId, Integer> index = new HashMap<>(n * 2);
        for (int v = 0; v < n; v++) {
            index.put(services.get(v).id(), v);
        }
        int[][] hardMembers = new int[n][];
        for (int v = 0; v < n; v++) {
            hardMembers[v] = services.get(v).dependsOn().stream().filter(c -> !c.soft())
                    .map(Clause::members).flatMap(List::stream).mapToInt(index::get).distinct().toArray();
        }
        return hardMembers;
    }

    /**
     * The whole upstream cone of v, without a limit: its unreliable services, ascending, by a walk over hard
     * clauses; {@code seen} must be all false and is left so.
     */
    static int[] unlimited(int v, int[][] hardMembers, boolean[] unreliable, boolean[] seen) {
        int[] stack = new int[16];
        int[] found = new int[16];
        int size = 0;
        int count = 0;
        int[] visited = new int[16];
        int visits = 0;
        stack[size++] = v;
        seen[v] = true;
        while (size > 0) {
            int u = stack[--size];
            if (visits == visited.length) {
                visited = Arrays.copyOf(visited, visits * 2);
            }
            visited[visits++] = u;
            if (unreliable[u]) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = u;
            }
            for (int m : hardMembers[u]) {
                if (!seen[m]) {
                    seen[m] = true;
                    if (size == stack.length) {
                        stack = Arrays.copyOf(stack, size * 2);
                    }
                    stack[size++] = m;
                }
            }
        }
        for (int i = 0; i < visits; i++) {
            seen[visited[i]] = false;
        }
        int[] cone = Arrays.copyOf(found, count);
        Arrays.sort(cone);
        return cone;
    }

    /** The set of v and the sets of its members, or {@code current} itself if that adds nothing. */
    private static int[] union(int[] current, int[] members, int[][] cone, int limit) {
        if (current == TOO_MANY) {
            return current;
        }
        int[] result = current;
        for (int m : members) {
            int[] other = cone[m];
            if (other == TOO_MANY) {
                return TOO_MANY;
            }
            if (other.length == 0 || other == result) {
                continue;
            }
            int[] merged = merge(result, other);
            if (merged.length > limit) {
                return TOO_MANY;
            }
            result = merged;
        }
        return result.length == current.length ? current : result;
    }

    /** The union of two ascending sets, ascending; {@code a} itself when b adds nothing. */
    private static int[] merge(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                out[k++] = a[i++];
                j++;
            } else if (a[i] < b[j]) {
                out[k++] = a[i++];
            } else {
                out[k++] = b[j++];
            }
        }
        while (i < a.length) {
            out[k++] = a[i++];
        }
        while (j < b.length) {
            out[k++] = b[j++];
        }
        return k == a.length ? a : Arrays.copyOf(out, k);
    }

    /** True if the cone of v has more unreliable services than the limit. */
    boolean tooLarge(int v) {
        return cone[v] == TOO_MANY;
    }

    /** The unreliable services of v's cone, ascending; only when not {@link #tooLarge}. Do not change it. */
    int[] of(int v) {
        return cone[v];
    }

    /** True if every service of v's cone is in {@code set} (ascending). */
    boolean within(int v, int[] set) {
        int[] c = cone[v];
        if (c == TOO_MANY) {
            return false;
        }
        int j = 0;
        for (int x : c) {
            while (j < set.length && set[j] < x) {
                j++;
            }
            if (j == set.length || set[j] != x) {
                return false;
            }
        }
        return true;
    }
}
