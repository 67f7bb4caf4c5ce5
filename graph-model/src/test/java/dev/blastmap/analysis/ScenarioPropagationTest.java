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

    @Provide
    Arbitrary<Graph> graphs() {
        return RandomGraphs.graphs();
    }
}
