package dev.blastmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.testing.RandomGraphs;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class FailureSetPropagationTest {

    @Property(tries = 300)
    void eachOfTheSixtyFourScenariosHasTheDownSetOfTheSemantics(@ForAll("graphs") Graph graph,
                                                                 @ForAll @LongRange long seed) {
        FailureSetPropagation propagation = new FailureSetPropagation(graph);
        int n = graph.services().size();
        Random random = new Random(seed);
        int[] all = new int[n];
        long[] failed = new long[n];
        for (int v = 0; v < n; v++) {
            all[v] = v;
        }
        int[] order = propagation.inPassOrder(all);
        for (int i = 0; i < n; i++) {
            failed[i] = random.nextLong() & random.nextLong(); // about a quarter of the services per scenario
        }
        FailureSetPropagation.Pass pass = propagation.newPass();
        pass.run(order, failed, n);

        long[] downMask = new long[n];
        for (int i = 0; i < pass.downCount(); i++) {
            downMask[pass.downService(i)] = pass.downMask(i);
        }
        List<Service> services = graph.services();
        for (int bit = 0; bit < 64; bit++) {
            Set<ServiceId> knocked = new HashSet<>();
            for (int i = 0; i < n; i++) {
                if ((failed[i] >>> bit & 1) != 0) {
                    knocked.add(services.get(order[i]).id());
                }
            }
            Set<ServiceId> expected = BruteForceSemantics.downSet(graph, knocked);
            for (int v = 0; v < n; v++) {
                assertThat((downMask[v] >>> bit & 1) != 0).as("%s in scenario %s", services.get(v).id(), bit)
                        .isEqualTo(expected.contains(services.get(v).id()));
            }
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Graph> graphs() {
        return RandomGraphs.graphs(10, 3);
    }

    @Property(tries = 200)
    void aPassThatStopsEarlyIsExactUpToTheServicesItWasToldToKnowAndLeavesNothingBehind(
            @ForAll("graphs") Graph graph, @ForAll @LongRange long seed) {
        FailureSetPropagation propagation = new FailureSetPropagation(graph);
        int n = graph.services().size();
        Random random = new Random(seed);
        int[] order = propagation.dependenciesFirst();
        long[] failed = new long[n];
        for (int i = 0; i < n; i++) {
            failed[i] = random.nextLong() & random.nextLong();
        }
        int needed = order[random.nextInt(n)];
        FailureSetPropagation.Pass full = propagation.newPass();
        full.run(order, failed, n);
        long[] expected = new long[n];
        for (int i = 0; i < full.downCount(); i++) {
            expected[full.downService(i)] = full.downMask(i);
        }
        FailureSetPropagation.Pass partial = propagation.newPass();

        partial.run(order, failed, n, new int[] {needed});

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
        partial.run(order, failed, n);
        for (int i = 0; i < partial.downCount(); i++) {
            assertThat(partial.downMask(i)).isEqualTo(expected[partial.downService(i)]);
        }
        assertThat(partial.downCount()).isEqualTo(full.downCount());
    }

    @Test
    void aPassForgetsThePreviousOne() {
        Graph g = Graph.of(Service.builder("web").dependsOn("db").build(), Service.of("db"));
        FailureSetPropagation propagation = new FailureSetPropagation(g);
        FailureSetPropagation.Pass pass = propagation.newPass();
        pass.run(new int[] {1}, new long[] {0b101}, 1);
        assertThat(pass.downCount()).isEqualTo(2);

        pass.run(new int[] {1}, new long[] {0}, 1);

        assertThat(pass.downCount()).isZero();
    }
}
