package dev.blastmap.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DependencyHeightsTest {

    @Test
    void aServiceStandsOneAboveItsHighestDependency() {
        // 0 -> 1 -> 2, 0 -> 2, 3 alone
        int[] heights = DependencyHeights.of(new int[][] {{1, 2}, {2}, {}, {}});
        assertThat(heights).containsExactly(2, 1, 0, 0);
    }

    @Test
    void aCycleIsBrokenAndEveryServiceStillGetsAHeight() {
        int[] heights = DependencyHeights.of(new int[][] {{1}, {2}, {0}});
        assertThat(heights).containsExactly(2, 1, 0);
    }

    @Test
    void aChainOfAHundredThousandDoesNotOverflowTheStack() {
        int n = 100_000;
        int[][] chain = new int[n][];
        for (int i = 0; i < n; i++) {
            chain[i] = i + 1 < n ? new int[] {i + 1} : new int[0];
        }
        assertThat(DependencyHeights.of(chain)[0]).isEqualTo(n - 1);
    }

    /** In an acyclic graph the height is the longest path down, as a naive recursion over all paths finds it. */
    @Property(tries = 200)
    void inAnAcyclicGraphTheHeightIsTheLongestPathDown(@ForAll @IntRange(min = 1, max = 12) int n, @ForAll long seed) {
        Random rng = new Random(seed);
        int[][] dependencies = new int[n][];
        for (int i = 0; i < n; i++) {
            int below = n - i - 1;
            dependencies[i] = below == 0 ? new int[0] : rng.ints(rng.nextInt(4), i + 1, n).distinct().toArray();
        }
        int[] heights = DependencyHeights.of(dependencies);
        for (int i = 0; i < n; i++) {
            assertThat(heights[i]).as("service %d", i).isEqualTo(longestPathDown(dependencies, i));
        }
    }

    /** Whatever the cycles, a dependent stands above each dependency unless the two are on a cycle. */
    @Property(tries = 200)
    void withCyclesADependentStandsAboveEveryDependencyNotOnACycleWithIt(@ForAll @IntRange(min = 1, max = 12) int n,
                                                                        @ForAll long seed) {
        Random rng = new Random(seed);
        int[][] dependencies = new int[n][];
        for (int i = 0; i < n; i++) {
            int self = i;
            dependencies[i] = rng.ints(rng.nextInt(4), 0, n).filter(d -> d != self).distinct().toArray();
        }
        int[] heights = DependencyHeights.of(dependencies);
        for (int v = 0; v < n; v++) {
            assertThat(heights[v]).isBetween(0, n - 1);
            for (int d : dependencies[v]) {
                if (!reaches(dependencies, d, v, new boolean[n])) {
                    assertThat(heights[v]).as("%d over %d", v, d).isGreaterThan(heights[d]);
                }
            }
        }
    }

    private static boolean reaches(int[][] dependencies, int from, int to, boolean[] seen) {
        if (from == to) {
            return true;
        }
        seen[from] = true;
        for (int d : dependencies[from]) {
            if (!seen[d] && reaches(dependencies, d, to, seen)) {
                return true;
            }
        }
        return false;
    }

    private static int longestPathDown(int[][] dependencies, int from) {
        int longest = 0;
        for (int d : dependencies[from]) {
            longest = Math.max(longest, 1 + longestPathDown(dependencies, d));
        }
        return longest;
    }
}
