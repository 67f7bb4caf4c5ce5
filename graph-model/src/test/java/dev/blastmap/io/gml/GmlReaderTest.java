package dev.blastmap.io.gml;

import dev.blastmap.io.SourcePosition;
import dev.blastmap.io.Problem;
import dev.blastmap.io.ReadResult;
import static dev.blastmap.io.Fixtures.edges;
import static dev.blastmap.io.Fixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.io.Fixtures;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.ReadResult;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.Kind;
import dev.blastmap.model.ServiceId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
    void graphvizGv2gmlOutputWithWeightsAsStringsIsRead() throws Exception {
        // What Graphviz's gv2gml writes for a DOT file with weight attributes: node weights as quoted numbers,
        // edges with an empty weight, which JGraphT's importer refuses as strings.
        String gml = """
                graph [
                  directed 1
                  node [
                    id 1
                    name "web"
                    label "Web shop"
                    weight "10"
                  ]
                  node [
                    id 2
                    name "db"
                    weight ""
                  ]
                  edge [
                    source 1
                    target 2
                    weight ""
                  ]
                ]
                """;
        ReadResult r = Fixtures.read(reader, gml, "g.gml");

        assertThat(r.graph().services()).hasSize(2);
        Service web = r.graph().services().stream().filter(s -> s.label().equals("Web shop")).findFirst().orElseThrow();
        assertThat(web.weight()).isEqualTo(10.0);
        assertThat(web.dependsOn()).hasSize(1);
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

    @Test
    void aHeadOfFifteenHundredOpenListsIsSniffedAtOnceAndNotTakenForGml() {
        String head = "x [ ".repeat(1500);
        assertThat(GmlReader.looksLike(head)).isFalse();
        assertThat(GmlReader.looksLike("Creator \"x\" " + "k v ".repeat(2000) + "graph [")).isTrue();
        assertThatThrownBy(() -> GraphFormats.read(new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)),
                "hostile.dot")).isInstanceOf(GraphImportException.class);
    }

    @Test
    void aQuoteInACommentCannotHideNestingFromTheDepthCheck() {
        String text = "# \"\ngraph [ " + "x [ ".repeat(1500) + "]".repeat(1500) + " ]";
        assertThatThrownBy(() -> Fixtures.read(reader, text, "deep.gml")).hasMessageContaining("nested more than 64");
    }

    @Test
    void twoNodesWithTheSameIdAreAnErrorNamingBothPlaces() {
        String text = "graph [\n  node [ id 1 label \"a\" ]\n  node [ id 1 label \"b\" ]\n  edge [ source 1 target 1 ]\n]";
        assertThatThrownBy(() -> Fixtures.read(reader, text, "dup.gml")).isInstanceOfSatisfying(GraphImportException.class,
                e -> assertThat(e.problems()).filteredOn(Problem::isError).singleElement().satisfies(p -> {
                    assertThat(p.toString()).startsWith("dup.gml:3:3: error: GML: the id \"1\" is defined twice: "
                            + "first at line 2, column 3");
                }));
    }

    @Test
    void anEdgeToAMissingNodeSaysWhereTheEdgeIs() {
        assertThatThrownBy(() -> Fixtures.read(reader, "graph [\n node [ id 0 ]\n edge [ source 0 target 7 ]\n]", "x.gml"))
                .hasMessageContaining("x.gml:3:2: error: GML: an edge 0 → 7 names a node id that no node has");
    }

    @Test
    void nodesKnowWhereTheyAreDefined() throws Exception {
        ReadResult r = Fixtures.read(reader, "graph [\n node [ id 0 label \"a\" ]\n node [ id 1 label \"b\" ]\n]", "p.gml");
        assertThat(r.positionOf(ServiceId.of("b"))).contains(new SourcePosition(3, 2));
    }
}
