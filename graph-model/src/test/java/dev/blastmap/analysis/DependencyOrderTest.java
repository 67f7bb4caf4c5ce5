package dev.blastmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.testing.RandomGraphs;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

class DependencyOrderTest {

    @Test
    void aRingIsOneComponentAfterItsDependenciesAndSoftClausesDoNotCount() {
        Graph g = Graph.of(
                Service.builder("a").dependsOn("b").build(),
                Service.builder("b").dependsOn("c").build(),
                Service.builder("c").dependsOn("a", "db").build(),
                Service.builder("db").dependsOn(Clause.on(ServiceId.of("a")).asSoft()).build());

        DependencyOrder order = DependencyOrder.of(new CompiledGraph(g));

        assertThat(order.components()).isEqualTo(2);
        assertThat(order.order[0]).isEqualTo(3);
        assertThat(order.componentStart).containsExactly(0, 1, 4);
    }

    @Test
    void aVeryLongChainDoesNotOverflowTheStack() {
        List<Service> chain = new ArrayList<>();
        chain.add(Service.of("s0"));
        for (int i = 1; i < 200_000; i++) {
            chain.add(Service.builder("s" + i).dependsOn("s" + (i - 1)).build());
        }

        DependencyOrder order = DependencyOrder.of(new CompiledGraph(Graph.of(chain)));

        assertThat(order.components()).isEqualTo(200_000);
        assertThat(order.order[0]).isZero();
        assertThat(order.order[199_999]).isEqualTo(199_999);
    }

    @Property(tries = 300)
    void everyHardDependencyIsInTheSameOrAnEarlierComponent(@ForAll("graphs") Graph graph) {
        CompiledGraph g = new CompiledGraph(graph);
        DependencyOrder order = DependencyOrder.of(g);
        int[] component = new int[g.size];
        for (int c = 0; c < order.components(); c++) {
            for (int p = order.componentStart[c]; p < order.componentStart[c + 1]; p++) {
                component[order.order[p]] = c;
            }
        }
        for (int clause = 0; clause < g.clauseCount(); clause++) {
            if (g.clauseSoft[clause]) {
                continue;
            }
            for (int j = g.memberStart[clause]; j < g.memberStart[clause + 1]; j++) {
                assertThat(component[g.members[j]]).isLessThanOrEqualTo(component[g.clauseOwner[clause]]);
            }
        }
        assertThat(order.order).containsExactlyInAnyOrder(java.util.stream.IntStream.range(0, g.size).toArray());
    }

    @Provide
    Arbitrary<Graph> graphs() {
        return RandomGraphs.graphs(30, 2);
    }
}
