package dev.blastmap.io.cytoscape;

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

class CytoscapeWriterTest {

    @Property(tries = 200)
    void whatIsWrittenReadsBackToTheSameGraph(@ForAll("graphs") Graph graph) throws Exception {
        String json = Fixtures.write(new CytoscapeWriter(), graph);
        Graph back = Fixtures.read(new CytoscapeReader(), json, "round.cyjs").graph();
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
    void groupsBecomeCompoundParents() {
        Graph g = Graph.of(Service.builder("api").group("core").dependsOn("db").build(), Service.of("db"));
        String json = Fixtures.write(new CytoscapeWriter(), g);
        assertThat(json).contains("\"id\": \"group:core\"").contains("\"parent\": \"group:core\"")
                .contains("\"source\": \"api\"").contains("\"target\": \"db\"").contains("\"elements\"");
    }
}
