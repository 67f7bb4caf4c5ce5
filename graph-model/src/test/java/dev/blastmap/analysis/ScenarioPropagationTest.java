package dev.blastmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.testing.RandomGraphs;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ScenarioPropagationTest {

    @Test
    void aServiceKnockedOutInEveryScenarioIsDownInEveryScenarioWithItsDependents() {
        Graph graph = Graph.of(Service.builder("web").dependsOn("db").build(), Service.of("db"), Service.of("x"));
        ScenarioPropagation propagation = ScenarioPropagation.of(graph);
        ScenarioPropagation.Pass pass = propagation.pass();

        pass.knockOut(propagation.indexOf(ServiceId.of("db")), -1L);
        pass.knockOut(propagation.indexOf(ServiceId.of("x")), 0b10);
        pass.propagate();

        assertThat(pass.down(propagation.indexOf(ServiceId.of("web")))).isEqualTo(-1L);
        assertThat(pass.down(propagation.indexOf(ServiceId.of("x")))).isEqualTo(0b10);
        assertThat(pass.downCount()).isEqualTo(3);
        pass.clear();
        pass.propagate();
        assertThat(pass.downCount()).isZero();
    }

    /** Each scenario knocks out a random set; every scenario's down set must be the oracle's. */
    @Property(tries = 400)
    void everyScenarioOfAPassHasTheDownSetOfItsKnockout(@ForAll("graphs") Graph graph, @ForAll long seed) {
        ScenarioPropagation propagation = ScenarioPropagation.of(graph);
        ScenarioPropagation.Pass pass = propagation.pass();
        Random random = new Random(seed);
        int n = graph.size();
        long[] knockedOutIn = new long[n];
        for (int v = 0; v < n; v++) {
            knockedOutIn[v] = random.nextLong() & random.nextLong();
            pass.knockOut(v, knockedOutIn[v]);
        }

        pass.propagate();

        List<ServiceId> ids = graph.services().stream().map(Service::id).toList();
        for (int bit = 0; bit < ScenarioPropagation.SCENARIOS; bit++) {
            Set<ServiceId> k = new HashSet<>();
            for (int v = 0; v < n; v++) {
                if ((knockedOutIn[v] >>> bit & 1) != 0) {
                    k.add(ids.get(v));
                }
            }
            Set<ServiceId> expected = BruteForceSemantics.downSet(graph, k);
            for (int v = 0; v < n; v++) {
                assertThat((pass.down(v) >>> bit & 1) != 0).as("scenario %d, %s", bit, ids.get(v))
                        .isEqualTo(expected.contains(ids.get(v)));
            }
        }
    }

    @Property(tries = 200)
    void aPassThatStopsEarlyIsExactUpToTheServicesItWasToldToKnowAndLeavesNothingBehind(
            @ForAll("graphs") Graph graph, @ForAll long seed) {
        ScenarioPropagation propagation = ScenarioPropagation.of(graph);
        int n = graph.size();
        Random random = new Random(seed);
        int[] order = propagation.dependenciesFirst();
        long[] failed = randomFailures(n, random);
        int needed = order[random.nextInt(n)];
        long[] expected = downMasks(propagation, failed, null);
        ScenarioPropagation.Pass partial = propagation.pass();
        knockOut(partial, failed);

        partial.propagateFor(new int[] {needed});

        long[] got = new long[n];
        for (int i = 0; i < partial.downCount(); i++) {
            got[partial.downService(i)] = partial.downMask(i);
            assertThat(got[partial.downService(i)]).isEqualTo(expected[partial.downService(i)]);
        }
        for (int v : order) {
            assertThat(got[v]).as("%s", v).isEqualTo(expected[v]);
            if (v == needed) {
                break;
            }
        }
        partial.clear();
        knockOut(partial, failed);
        partial.propagate();
        for (int v = 0; v < n; v++) {
            assertThat(partial.down(v)).isEqualTo(expected[v]);
        }
    }

    /** Adding a knockout on top must give what propagating everything afresh gives, and undoing it the base. */
    @Property(tries = 300)
    void aKnockoutAddedOnTopGivesTheFreshDownSetsAndUndoingItRestoresTheBase(@ForAll("graphs") Graph graph,
                                                                           @ForAll long seed) {
        ScenarioPropagation propagation = ScenarioPropagation.of(graph);
        int n = graph.size();
        Random random = new Random(seed);
        long[] failed = randomFailures(n, random);
        int[] needed = random.nextBoolean() ? null : new int[] {random.nextInt(n)};
        long[] base = downMasks(propagation, failed, needed);
        ScenarioPropagation.Pass pass = propagation.pass();
        knockOut(pass, failed);
        if (needed == null) {
            pass.propagate();
        } else {
            pass.propagateFor(needed);
        }
        int baseCount = pass.downCount();

        for (int round = 0; round < 3; round++) {
            int added = random.nextInt(n);
            long bits = random.nextBoolean() ? -1L : random.nextLong();
            long[] withAdded = failed.clone();
            withAdded[added] |= bits;
            long[] expected = downMasks(propagation, withAdded, needed);

            pass.propagateAlso(added, bits);

            Set<Integer> listed = new HashSet<>();
            for (int i = 0; i < pass.downCount(); i++) {
                assertThat(listed.add(pass.downService(i))).as("listed once").isTrue();
                assertThat(pass.downMask(i)).isNotZero();
            }
            for (int v = 0; v < n; v++) {
                assertThat(pass.down(v)).as("%s with %s added", v, added).isEqualTo(expected[v]);
                assertThat(listed.contains(v)).isEqualTo(expected[v] != 0);
            }
            pass.undoAlso();
            assertThat(pass.downCount()).isEqualTo(baseCount);
            for (int v = 0; v < n; v++) {
                assertThat(pass.down(v)).as("%s after undo", v).isEqualTo(base[v]);
            }
        }
    }

    @Test
    void aClearedPassForgetsTheKnockoutsAndAnAddedOne() {
        Graph g = Graph.of(Service.builder("web").dependsOn("db").build(), Service.of("db"));
        ScenarioPropagation propagation = ScenarioPropagation.of(g);
        ScenarioPropagation.Pass pass = propagation.pass();
        pass.knockOut(1, 0b101);
        pass.propagate();
        pass.propagateAlso(1, 0b10);
        assertThat(pass.down(0)).isEqualTo(0b111);

        pass.clear();
        pass.propagate();

        assertThat(pass.downCount()).isZero();
        assertThat(pass.down(1)).isZero();
    }

    @Test
    void twoAddedKnockoutsAtOnceAreRefused() {
        ScenarioPropagation.Pass pass = ScenarioPropagation.of(Graph.of(Service.of("a"), Service.of("b"))).pass();
        pass.propagate();
        pass.propagateAlso(0, 1);

        assertThatThrownBy(() -> pass.propagateAlso(1, 1)).isInstanceOf(IllegalStateException.class);
    }

    private static long[] randomFailures(int n, Random random) {
        long[] failed = new long[n];
        for (int v = 0; v < n; v++) {
            failed[v] = random.nextLong() & random.nextLong() & random.nextLong(); // an eighth per scenario
        }
        return failed;
    }

    private static void knockOut(ScenarioPropagation.Pass pass, long[] failed) {
        for (int v = 0; v < failed.length; v++) {
            pass.knockOut(v, failed[v]);
        }
    }

    /** The down masks propagated afresh in a new pass, as far as {@code needed} (everything if null). */
    private static long[] downMasks(ScenarioPropagation propagation, long[] failed, int[] needed) {
        ScenarioPropagation.Pass pass = propagation.pass();
        knockOut(pass, failed);
        if (needed == null) {
            pass.propagate();
        } else {
            pass.propagateFor(needed);
        }
        long[] masks = new long[failed.length];
        for (int v = 0; v < failed.length; v++) {
            masks[v] = pass.down(v);
        }
        return masks;
    }

    @Provide
    Arbitrary<Graph> graphs() {
        return RandomGraphs.graphs();
    }
}
