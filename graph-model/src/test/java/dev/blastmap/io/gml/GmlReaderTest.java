package dev.blastmap.io.gml;

import static dev.blastmap.io.Fixtures.edges;
import static dev.blastmap.io.Fixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.io.Fixtures;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.ReadResult;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.ServiceId;
import org.junit.jupiter.api.Test;

class GmlReaderTest {

    private final GmlReader reader = new GmlReader();

    @Test
    void networkxLabelsBecomeIdsAndEdgesPointAtDependencies() throws Exception {
        Graph g = Fixtures.read(reader, "gml/networkx.gml").graph();
        assertThat(ids(g)).containsExactly("web", "api", "db");
        assertThat(edges(g)).containsExactly("web -> api", "api -> db");
    }

    @Test
    void attributesMapAndNestedGraphicsAreIgnored() throws Exception {
        Graph g = Fixtures.read(reader, "gml/networkx.gml").graph();
        assertThat(g.require(ServiceId.of("web")).kind()).isEqualTo(Kind.APP);
        assertThat(g.require(ServiceId.of("api")).region()).isEqualTo("us-east-1");
        assertThat(g.require(ServiceId.of("api")).tags()).isEmpty();
        assertThat(g.require(ServiceId.of("db")).weight()).isEqualTo(5.0);
    }

    @Test
    void numbersWithALeadingPlusAreValidGml() throws Exception {
        String gml = """
                graph [
                  directed +1
                  node [ id +0 label "web" weight +2.5 graphics [ x +10.0 y -4 ] ]
                  node [ id +1 label "db" note "a + b" ]
                  edge [ source +0 target +1 ]
                ]
                """;
        ReadResult r = Fixtures.read(reader, gml, "g.gml");
        assertThat(edges(r.graph())).containsExactly("web -> db");
        assertThat(r.graph().require(ServiceId.of("web")).weight()).isEqualTo(2.5);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void anUndirectedGraphIsReadWithTheSameWarningAsUndirectedGraphml() throws Exception {
        String gml = "graph [ node [ id 0 label \"a\" ] node [ id 1 label \"b\" ] edge [ source 0 target 1 ] ]";
        ReadResult r = Fixtures.read(reader, gml, "g.gml");
        assertThat(edges(r.graph())).containsExactly("a -> b");
        assertThat(r.warnings()).singleElement().satisfies(p -> assertThat(p.message()).contains("undirected"));
        assertThat(Fixtures.read(reader, "gml/networkx.gml").warnings()).noneMatch(p -> p.message().contains("undirected"));
    }

    @Test
    void syntaxErrorsCarryTheLine() {
        assertThatThrownBy(() -> Fixtures.read(reader, "graph [\n node [ id 0 ]\n edge [ source ",
                "bad.gml")).isInstanceOfSatisfying(GraphImportException.class, e -> {
                    assertThat(e.problems().get(0).line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("bad.gml:3").contains("GML: not valid GML");
                });
    }

    @Test
    void anEdgeToAMissingNodeIsAnError() {
        assertThatThrownBy(() -> Fixtures.read(reader, "graph [ node [ id 0 ] edge [ source 0 target 7 ] ]", "x.gml"))
                .hasMessageContaining("names a node id that no node has");
    }

    @Test
    void absurdNestingIsRefusedBeforeTheParserRecurses() {
        String text = "graph [ x " + "[ a ".repeat(100_000) + "]".repeat(100_000) + " ]";
        assertThatThrownBy(() -> Fixtures.read(reader, text, "deep.gml")).hasMessageContaining("nested more than 64");
    }

    @Test
    void sniffingKnowsGmlFromDot() {
        assertThat(GmlReader.looksLike("Creator \"igraph\"\ngraph\n[\n")).isTrue();
        assertThat(GmlReader.looksLike(Fixtures.text("gml/networkx.gml"))).isTrue();
        assertThat(GmlReader.looksLike("digraph { a -> b }")).isFalse();
    }
}
