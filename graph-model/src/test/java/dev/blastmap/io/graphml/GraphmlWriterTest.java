package dev.blastmap.io.graphml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.io.Fixtures;
import dev.blastmap.io.GraphArbitraries;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class GraphmlWriterTest {

    @Property(tries = 300)
    void whatIsWrittenReadsBackToTheSameGraph(@ForAll("graphs") Graph graph) throws Exception {
        String xml = Fixtures.write(new GraphmlWriter(), graph);
        Graph back = Fixtures.read(new GraphmlReader(), xml, "round.graphml").graph();
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
    void aKOfNClauseIsOneEdgePerMemberSharingClauseAndNeed() {
        Graph g = Graph.of(Service.of("a"), Service.of("b"), Service.of("c"),
                Service.builder("svc").dependsOn(Clause.atLeast(2, List.of(ServiceId.of("a"), ServiceId.of("b"),
                        ServiceId.of("c")))).build());
        String xml = Fixtures.write(new GraphmlWriter(), g);
        assertThat(xml).contains("<edge source=\"svc\" target=\"b\">").contains("<data key=\"need\">2</data>")
                .contains("<data key=\"clause\">0</data>").contains("edgedefault=\"directed\"");
    }

    @Test
    void aCharacterXmlCannotHoldIsRefusedRatherThanReplaced() {
        Graph graph = Graph.of(Service.builder("a").label("bell\u0007").build());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new GraphmlWriter().write(graph, new java.io.StringWriter()))
                .isInstanceOf(dev.blastmap.io.GraphExportException.class)
                .hasMessageContaining("GraphML (XML 1.0) cannot hold control characters, which the label of the service \"a\" has");
    }

    @Property(tries = 100)
    void jgraphtsOwnImporterReadsTheSameServicesAndEdges(@ForAll("graphs") Graph graph) throws Exception {
        // an independent reader: a writer checked only by our own reader could share its mistakes
        String text = Fixtures.write(new GraphmlWriter(), graph);
        org.jgrapht.Graph<String, org.jgrapht.graph.DefaultEdge> imported = org.jgrapht.graph.builder.GraphTypeBuilder
                .<String, org.jgrapht.graph.DefaultEdge>directed().allowingMultipleEdges(true).allowingSelfLoops(true)
                .edgeClass(org.jgrapht.graph.DefaultEdge.class).buildGraph();
        org.jgrapht.nio.graphml.GraphMLImporter<String, org.jgrapht.graph.DefaultEdge> importer = new org.jgrapht.nio.graphml.GraphMLImporter<>();
        importer.setSchemaValidation(false);
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
