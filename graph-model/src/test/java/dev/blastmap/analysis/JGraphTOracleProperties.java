package dev.blastmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.testing.RandomGraphs;
import dev.blastmap.testing.RandomGraphs.GraphAndKnockout;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * The engine against code it did not write: on graphs where every clause is hard and needs all its members
 * (plain dependencies and allOf, with any delays and cycles), the down set must be exactly what JGraphT's
 * breadth-first search reaches from the knocked-out services against the dependency edges, and nothing is
 * degraded. Delays change when, never whether.
 */
class JGraphTOracleProperties {

    @Property(tries = 2000)
    void onHardAllOfGraphsTheDownSetIsWhatJGraphTReachesAgainstTheEdges(
            @ForAll("hardAllOfKnockouts") GraphAndKnockout example) {
        Graph graph = example.graph();
        var upstream = new EdgeReversedGraph<>(graph.asJGraphT());
        Set<ServiceId> reached = new HashSet<>();
        new BreadthFirstIterator<>(upstream, example.knockedOut()).forEachRemaining(reached::add);

        BlastRadius engine = new PropagationEngine(graph).knockOut(example.knockedOut());
        Set<ServiceId> down = new HashSet<>();
        engine.down().forEach(f -> down.add(f.id()));
        down.addAll(engine.knockedOut());

        assertThat(down).isEqualTo(reached);
        assertThat(engine.degraded()).isEmpty();
    }

    @Property(tries = 300)
    void theSpofRankingAgreesWithJGraphTReachabilityOnHardAllOfGraphs(@ForAll("hardAllOfKnockouts")
                                                                       GraphAndKnockout example) {
        Graph graph = example.graph();
        var upstream = new EdgeReversedGraph<>(graph.asJGraphT());
        for (SpofEntry entry : SpofRanking.rank(graph)) {
            Set<ServiceId> reached = new HashSet<>();
            new BreadthFirstIterator<>(upstream, entry.id()).forEachRemaining(reached::add);
            assertThat(entry.down()).as("services down when %s fails", entry.id()).isEqualTo(reached.size());
        }
    }

    @Provide
    Arbitrary<GraphAndKnockout> hardAllOfKnockouts() {
        return RandomGraphs.graphsWithKnockouts().map(e -> new GraphAndKnockout(hardAllOf(e.graph()), e.knockedOut()));
    }

    /** The same graph with every clause made hard and needing all its members; delays and notes kept. */
    private static Graph hardAllOf(Graph graph) {
        List<Service> services = graph.services().stream().map(s -> {
            Service.Builder b = s.toBuilder().clearDependencies();
            for (Clause c : s.dependsOn()) {
                b.dependsOn(new Clause(c.members(), c.members().size(), false, c.delay(), c.note()));
            }
            return b.build();
        }).toList();
        return new Graph(graph.name(), graph.description(), graph.sources(), services, graph.scenarios());
    }
}
