package dev.blastmap.io.dot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.io.Fixtures;
import dev.blastmap.io.GraphArbitraries;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DotWriterTest {

    @Property(tries = 200)
    void whatIsWrittenReadsBackToTheSameGraph(@ForAll("graphs") Graph graph) throws Exception {
        String dot = Fixtures.write(new DotWriter(), graph);
        Graph back = Fixtures.read(new DotReader(), dot, "round.dot").graph();
        assertThat(back.services()).isEqualTo(graph.services());
        assertThat(List.of(back.name(), back.description(), back.sources()))
                .isEqualTo(List.of(graph.name(), graph.description(), graph.sources()));
        assertThat(back).isEqualTo(graph);
    }

    @Provide
    Arbitrary<Graph> graphs() {
        return GraphArbitraries.graphs();
    }

    @Test
    void groupsAreClustersAndEdgesPointAtDependencies() {
        Graph g = Graph.of(Service.builder("api").group("core").dependsOn("db").build(), Service.of("db"));
        String dot = Fixtures.write(new DotWriter(), g);
        assertThat(dot).contains("subgraph \"cluster_core\" {").contains("label = \"core\";")
                .contains("\"api\" -> \"db\";").startsWith("digraph");
    }

    @Test
    void aNulCharacterIsRefusedRatherThanWrittenIntoAFileBlastmapWouldCallBinary() {
        Graph graph = Graph.of(Service.builder("a\u0000b").build());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DotWriter().write(graph, new java.io.StringWriter()))
                .isInstanceOf(dev.blastmap.io.GraphExportException.class)
                .hasMessageContaining("DOT cannot hold the NUL character, which the id of the service \"a\\x00b\" has");
    }

    @Test
    void otherControlCharactersAreWrittenAndReadBack() throws Exception {
        Graph graph = Graph.of(Service.builder("a\u001b[31mb").label("x\u0007y").build());
        String dot = Fixtures.write(new DotWriter(), graph);
        assertThat(Fixtures.read(new DotReader(), dot, "g.dot").graph().services()).isEqualTo(graph.services());
    }

    @Property(tries = 100)
    void jgraphtsOwnImporterReadsTheSameServicesAndEdges(@ForAll("graphs") Graph graph) throws Exception {
        // an independent reader: a writer checked only by our own reader could share its mistakes
        String text = Fixtures.write(new DotWriter(), graph);
        org.jgrapht.Graph<String, org.jgrapht.graph.DefaultEdge> imported = org.jgrapht.graph.builder.GraphTypeBuilder
                .<String, org.jgrapht.graph.DefaultEdge>directed().allowingMultipleEdges(true).allowingSelfLoops(true)
                .edgeClass(org.jgrapht.graph.DefaultEdge.class).buildGraph();
        org.jgrapht.nio.dot.DOTImporter<String, org.jgrapht.graph.DefaultEdge> importer = new org.jgrapht.nio.dot.DOTImporter<>();
        importer.setVertexFactory(id -> id);
        importer.importGraph(imported, new java.io.StringReader(text));
        assertThat(imported.vertexSet()).containsExactlyInAnyOrderElementsOf(
                graph.services().stream().map(s -> s.id().value()).toList());
        java.util.Set<String> expected = new java.util.HashSet<>();
        graph.services().forEach(s -> s.dependsOn().forEach(c -> c.members()
                .forEach(m -> expected.add(s.id().value() + " -> " + m.value()))));
        assertThat(imported.edgeSet().stream().map(e -> imported.getEdgeSource(e) + " -> " + imported.getEdgeTarget(e))
                .collect(java.util.stream.Collectors.toSet())).isEqualTo(expected);
    }
}
