package dev.blastmap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.testing.RandomGraphs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.junit.jupiter.api.Test;

class DependencyGraphViewTest {

    private static ServiceId id(String s) {
        return ServiceId.of(s);
    }

    /** web needs api; api needs one of two databases and, softly, a cache; worker also needs db1 twice. */
    private static Graph shop() {
        return Graph.of(
                Service.builder("web").dependsOn("api").build(),
                Service.builder("api").dependsOn(Clause.anyOf(List.of(id("db1"), id("db2"))))
                        .dependsOn(Clause.on(id("cache")).asSoft()).build(),
                Service.builder("worker").dependsOn("db1").dependsOn(Clause.anyOf(List.of(id("db1"), id("cache"))))
                        .build(),
                Service.of("db1"), Service.of("db2"), Service.of("cache"));
    }

    @Test
    void verticesAreTheServiceIdsInFileOrderAndEdgesPointFromDependentToDependency() {
        var view = shop().asJGraphT();

        assertThat(view.vertexSet()).containsExactly(id("web"), id("api"), id("worker"), id("db1"), id("db2"),
                id("cache"));
        assertThat(view.edgeSet()).containsExactly(
                new Dependency(id("web"), id("api"), 0),
                new Dependency(id("api"), id("db1"), 0), new Dependency(id("api"), id("db2"), 0),
                new Dependency(id("api"), id("cache"), 1),
                new Dependency(id("worker"), id("db1"), 0),
                new Dependency(id("worker"), id("db1"), 1), new Dependency(id("worker"), id("cache"), 1));
        assertThat(view.edgeSet()).hasSize(7);
        assertThat(view.getEdgeSource(new Dependency(id("web"), id("api"), 0))).isEqualTo(id("web"));
        assertThat(view.getEdgeTarget(new Dependency(id("web"), id("api"), 0))).isEqualTo(id("api"));
    }

    @Test
    void aServiceNamingTheSameDependencyInTwoClausesHasTwoParallelEdges() {
        var view = shop().asJGraphT();

        assertThat(view.getAllEdges(id("worker"), id("db1"))).containsExactly(
                new Dependency(id("worker"), id("db1"), 0), new Dependency(id("worker"), id("db1"), 1));
        assertThat(view.getEdge(id("worker"), id("db1"))).isEqualTo(new Dependency(id("worker"), id("db1"), 0));
        assertThat(view.getEdge(id("db1"), id("worker"))).isNull();
        assertThat(view.getType().isAllowingMultipleEdges()).isTrue();
        assertThat(view.getType().isAllowingSelfLoops()).isFalse();
        assertThat(view.getType().isDirected()).isTrue();
    }

    @Test
    void degreesCountEdgesBothWays() {
        var view = shop().asJGraphT();

        assertThat(view.outDegreeOf(id("api"))).isEqualTo(3);
        assertThat(view.inDegreeOf(id("db1"))).isEqualTo(3);
        assertThat(view.incomingEdgesOf(id("cache"))).containsExactlyInAnyOrder(
                new Dependency(id("api"), id("cache"), 1), new Dependency(id("worker"), id("cache"), 1));
        assertThat(view.degreeOf(id("api"))).isEqualTo(4);
        assertThat(view.inDegreeOf(id("web"))).isZero();
    }

    @Test
    void theClauseOfAnEdgeTellsSoftAndRedundantEdgesApart() {
        Graph graph = shop();

        assertThat(new Dependency(id("api"), id("cache"), 1).clauseOf(graph).soft()).isTrue();
        assertThat(new Dependency(id("api"), id("db2"), 0).clauseOf(graph).need()).isEqualTo(1);
        assertThatThrownBy(() -> new Dependency(id("api"), id("web"), 0).clauseOf(graph))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theViewIsReadOnlyAndAnswersForeignEdgesAndVerticesHonestly() {
        var view = shop().asJGraphT();

        assertThatThrownBy(() -> view.addVertex(id("new"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> view.removeVertex(id("web"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> view.addEdge(id("db1"), id("db2"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> view.vertexSet().add(id("new"))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(view.containsEdge(new Dependency(id("web"), id("api"), 1))).isFalse();
        assertThat(view.containsVertex(id("nope"))).isFalse();
        assertThatThrownBy(() -> view.outgoingEdgesOf(id("nope"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(view.getAllEdges(id("nope"), id("web"))).isNull();
    }

    @Test
    void theSameGraphGivesTheSameViewAndJGraphTAlgorithmsRunOnIt() {
        Graph graph = shop();
        assertThat(graph.asJGraphT()).isSameAs(graph.asJGraphT());

        var upstream = new EdgeReversedGraph<>(graph.asJGraphT());
        Set<ServiceId> reached = new HashSet<>();
        new BreadthFirstIterator<>(upstream, id("db1")).forEachRemaining(reached::add);
        assertThat(reached).containsExactlyInAnyOrder(id("db1"), id("api"), id("worker"), id("web"));
    }

    @Property(tries = 300)
    void theViewIsTheSameGraphAsACopyBuiltEdgeByEdge(@ForAll("graphs") Graph graph) {
        DirectedPseudograph<ServiceId, Dependency> copy = new DirectedPseudograph<>(Dependency.class);
        graph.services().forEach(s -> copy.addVertex(s.id()));
        for (Service s : graph.services()) {
            for (int i = 0; i < s.dependsOn().size(); i++) {
                for (ServiceId m : s.dependsOn().get(i).members()) {
                    copy.addEdge(s.id(), m, new Dependency(s.id(), m, i));
                }
            }
        }
        var view = graph.asJGraphT();

        assertThat(view.vertexSet()).containsExactlyElementsOf(copy.vertexSet());
        assertThat(view.edgeSet()).containsExactlyInAnyOrderElementsOf(copy.edgeSet());
        assertThat(view.edgeSet()).hasSameSizeAs(copy.edgeSet());
        for (ServiceId v : copy.vertexSet()) {
            assertThat(view.incomingEdgesOf(v)).containsExactlyInAnyOrderElementsOf(copy.incomingEdgesOf(v));
            assertThat(view.outgoingEdgesOf(v)).containsExactlyInAnyOrderElementsOf(copy.outgoingEdgesOf(v));
        }
        List<Set<ServiceId>> sccView = new ArrayList<>(new KosarajuStrongConnectivityInspector<>(view)
                .stronglyConnectedSets());
        List<Set<ServiceId>> sccCopy = new ArrayList<>(new KosarajuStrongConnectivityInspector<>(copy)
                .stronglyConnectedSets());
        assertThat(new HashSet<>(sccView)).isEqualTo(new HashSet<>(sccCopy));
    }

    @Provide
    Arbitrary<Graph> graphs() {
        return RandomGraphs.graphs();
    }
}
