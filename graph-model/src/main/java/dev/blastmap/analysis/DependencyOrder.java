package dev.blastmap.analysis;

/**
 * The strongly connected components of the hard-dependency graph (an edge from each service to every member
 * of its hard clauses), listed dependencies first: every hard dependency of a service lies in the service's
 * own component or in an earlier one. Soft clauses are left out because they never take a service down.
 *
 * <p>Computed with Tarjan's algorithm written iteratively, so that long chains cannot overflow the stack.
 * Tarjan emits a component only after every component it reaches, which is exactly dependencies first.
 */
final class DependencyOrder {

    /** Services in order: components one after another, dependencies first. */
    final int[] order;
    /** Component c is order[componentStart[c]] until order[componentStart[c + 1]]. */
    final int[] componentStart;

    private DependencyOrder(int[] order, int[] componentStart) {
        this.order = order;
        this.componentStart = componentStart;
    }

    /** The number of components. */
    int components() {
        return componentStart.length - 1;
    }

    static DependencyOrder of(CompiledGraph g) {
        int n = g.size;
        int[] index = new int[n];
        int[] lowLink = new int[n];
        boolean[] onStack = new boolean[n];
        java.util.Arrays.fill(index, -1);
        int[] tarjanStack = new int[n];
        int tarjanTop = 0;
        // the call stack: a service and how far through its hard members it has got
        int[] callNode = new int[n];
        int[] callEdge = new int[n];
        int callTop = 0;
        int[] order = new int[n];
        int ordered = 0;
        int[] starts = new int[n + 1];
        int components = 0;
        int counter = 0;

        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            index[root] = lowLink[root] = counter++;
            tarjanStack[tarjanTop++] = root;
            onStack[root] = true;
            callNode[callTop] = root;
            callEdge[callTop] = g.memberStart[g.clauseStart[root]];
            callTop++;
            while (callTop > 0) {
                int v = callNode[callTop - 1];
                int edgeEnd = g.memberStart[g.clauseStart[v + 1]];
                int e = callEdge[callTop - 1];
                boolean descended = false;
                while (e < edgeEnd) {
                    int position = e++;
                    if (g.clauseSoft[g.memberClause[position]]) {
                        continue;
                    }
                    int w = g.members[position];
                    if (index[w] < 0) {
                        callEdge[callTop - 1] = e;
                        index[w] = lowLink[w] = counter++;
                        tarjanStack[tarjanTop++] = w;
                        onStack[w] = true;
                        callNode[callTop] = w;
                        callEdge[callTop] = g.memberStart[g.clauseStart[w]];
                        callTop++;
                        descended = true;
                        break;
                    } else if (onStack[w]) {
                        lowLink[v] = Math.min(lowLink[v], index[w]);
                    }
                }
                if (descended) {
                    continue;
                }
                callTop--;
                if (lowLink[v] == index[v]) {
                    starts[components++] = ordered;
                    int w;
                    do {
                        w = tarjanStack[--tarjanTop];
                        onStack[w] = false;
                        order[ordered++] = w;
                    } while (w != v);
                }
                if (callTop > 0) {
                    int parent = callNode[callTop - 1];
                    lowLink[parent] = Math.min(lowLink[parent], lowLink[v]);
                }
            }
        }
        starts[components] = n;
        return new DependencyOrder(order, java.util.Arrays.copyOf(starts, components + 1));
    }
}
