package dev.blastmap.io.csv;

import org.junit.jupiter.api.Test;
import dev.blastmap.model.Service;
import static dev.blastmap.io.Fixtures.edges;
import static dev.blastmap.io.Fixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.io.Fixtures;
import dev.blastmap.io.GraphArbitraries;
import dev.blastmap.model.Graph;
import java.util.LinkedHashSet;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CsvWriterTest {

    @Property(tries = 200)
    void theDependencyStructureSurvivesARoundTrip(@ForAll("graphs") Graph graph) throws Exception {
        String csv = Fixtures.write(new CsvWriter(), graph);
        Graph back = Fixtures.read(new CsvReader(), csv, "round.csv").graph();
        assertThat(back.services()).hasSameSizeAs(graph.services());
        assertThat(ids(back)).containsExactlyInAnyOrderElementsOf(ids(graph));
        assertThat(structure(back)).isEqualTo(structure(graph));
    }

    @Test
    void availabilitiesSurviveARoundTripAndAGraphWithoutThemKeepsThreeColumns() throws Exception {
        Graph graph = Graph.of(Service.builder("web").availability(0.9995).dependsOn("db").build(),
                Service.builder("db").availability(0.99).build(), Service.builder("lb").dependsOn("web").build());

        String csv = Fixtures.write(new CsvWriter(), graph);
        Graph back = Fixtures.read(new CsvReader(), csv, "round.csv").graph();

        assertThat(csv.lines().findFirst()).contains("source,target,type,availability");
        assertThat(back.services()).extracting(Service::availability).containsExactly(0.9995, 0.99, 1.0);
        assertThat(Fixtures.write(new CsvWriter(), Graph.of(Service.of("a"))).lines().findFirst())
                .contains("source,target,type");
    }

    /** Each service's dependencies, each hard unless every clause naming it is soft. */
    private static List<String> structure(Graph g) {
        return List.copyOf(new LinkedHashSet<>(edges(g).stream()
                .filter(e -> !e.contains(" ~> ") || !edges(g).contains(e.replace(" ~> ", " -> ")))
                .sorted().toList()));
    }

    @Provide
    Arbitrary<Graph> graphs() {
        return GraphArbitraries.graphs();
    }

    @Test
    void idsThatWouldRunAsFormulasAreGuardedAndReadBackAsTheyWere() throws Exception {
        Graph graph = Graph.of(Service.builder("=cmd|' /C calc'!A0").dependsOn("@SUM(A1)").build(),
                Service.builder("@SUM(A1)").build());
        String csv = Fixtures.write(new CsvWriter(), graph);
        assertThat(csv.lines()).allMatch(line -> !line.startsWith("=") && !line.contains(",@"));
        assertThat(ids(Fixtures.read(new CsvReader(), csv, "f.csv").graph()))
                .containsExactlyInAnyOrder("=cmd|' /C calc'!A0", "@SUM(A1)");
    }
}
