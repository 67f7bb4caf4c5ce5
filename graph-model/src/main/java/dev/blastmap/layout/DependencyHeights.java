package dev.blastmap.layout;

/**
 * How far each service stands above the bottom of the dependency graph: 0 for a service that depends on
 * nothing, else one more than the highest of its dependencies, cycles broken where a depth-first search first
 * closes them. Linear in services and dependencies, without recursion (a chain of 100,000 services would
 * overflow a thread's stack).
 */
final class DependencyHeights {

    private DependencyHeights() {
    }

    /**
     * The height of every service.
     *
     * @param dependencies for each service index, the indices of its dependencies
     */
    static int[] of(int[][] dependencies) {
        int n = dependencies.length;
        int[] height = new int[n];
        // 0 unvisited, 1 on the search path, 2 finished
        byte[] state = new byte[n];
        int[] stack = new int[n];
        int[] next = new int[n];
        for (int root = 0; root < n; root++) {
            if (state[root] != 0) {
                continue;
            }
            int top = 0;
            stack[0] = root;
            state[root] = 1;
            while (top >= 0) {
                int v = stack[top];
                if (next[v] < dependencies[v].length) {
                    int d = dependencies[v][next[v]++];
                    if (state[d] == 0) {
                        state[d] = 1;
                        stack[++top] = d;
                    }
                    // state 1: the edge closes a cycle and is ignored; state 2: d's height is final
                    continue;
                }
                int h = 0;
                for (int d : dependencies[v]) {
                    if (state[d] == 2) {
                        h = Math.max(h, height[d] + 1);
                    }
                }
                height[v] = h;
                state[v] = 2;
                top--;
            }
        }
        return height;
    }
}
