package dev.blastmap.io.dot;

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

class DotReaderTest {

    private final DotReader reader = new DotReader();

    @Test
    void htmlLikeLabelsGiveTheirTextWithoutMarkup() throws Exception {
        String dot = """
                digraph {
                  orders [shape=plaintext, label=<<TABLE BORDER="0"><TR><TD><B>orders</B></TD></TR>
                    <TR><TD><FONT POINT-SIZE="9">postgres &amp; pgbouncer</FONT></TD></TR></TABLE>>];
                  web [label=<<I>storefront</I><BR ALIGN="LEFT"/>v2>];
                  web -> orders;
                }
                """;
        Graph g = Fixtures.read(new DotReader(), dot, "g.dot").graph();
        assertThat(g.require(ServiceId.of("orders")).label()).isEqualTo("orders postgres & pgbouncer");
        assertThat(g.require(ServiceId.of("web")).label()).isEqualTo("storefront v2");
    }

    @Test
    void invisibleEdgesAreLayoutHintsSkippedWithANote() throws Exception {
        String dot = """
                digraph {
                  web -> api;
                  api -> db [style=invis];
                  web -> db [style="dashed,invis"];
                }
                """;
        ReadResult r = Fixtures.read(new DotReader(), dot, "g.dot");
        assertThat(edges(r.graph())).containsExactly("web -> api");
        assertThat(ids(r.graph())).contains("db");
        assertThat(r.warnings()).hasSize(2).allSatisfy(p -> assertThat(p.message()).contains("style=invis"));
        assertThat(r.warnings().get(0).line()).isEqualTo(3);
    }

    @Test
    void clustersBecomeGroupsNamedByTheirLabels() throws Exception {
        Graph g = Fixtures.read(reader, "dot/services.dot").graph();
        assertThat(ids(g)).containsExactly("lb", "web", "api", "orders", "orders-db", "recs");
        assertThat(g.require(ServiceId.of("lb")).group()).isEqualTo("Edge");
        assertThat(g.require(ServiceId.of("api")).group()).isEqualTo("Core services");
        assertThat(g.require(ServiceId.of("orders-db")).group()).isEqualTo("Data");
        assertThat(g.require(ServiceId.of("recs")).group()).isNull();
        assertThat(g.name()).isEqualTo("Shop");
    }

    @Test
    void edgesPointFromDependentToDependencyAndChainsAndSubgraphsExpand() throws Exception {
        ReadResult r = Fixtures.read(reader, "dot/services.dot");
        assertThat(edges(r.graph())).containsExactly("lb -> web", "web -> api", "api -> orders", "api -> recs",
                "orders -> orders-db");
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("api depends on itself"));
    }

    @Test
    void labelsKindsAndScopedNodeDefaultsApply() throws Exception {
        Graph g = Fixtures.read(reader, "dot/services.dot").graph();
        assertThat(g.require(ServiceId.of("lb")).label()).isEqualTo("Load balancer");
        assertThat(g.require(ServiceId.of("lb")).kind()).isEqualTo(Kind.LOAD_BALANCER);
        assertThat(g.require(ServiceId.of("orders-db")).kind()).isEqualTo(Kind.DATABASE);
        assertThat(g.require(ServiceId.of("orders")).region()).isEqualTo("eu-west-1");
        assertThat(g.require(ServiceId.of("web")).region()).isNull();
        assertThat(g.require(ServiceId.of("web")).tags()).isEmpty();
    }

    @Test
    void aDuplicateEdgeCollapsesAndHardWinsOverSoft() throws Exception {
        Graph g = Fixtures.read(reader, "dot/services.dot").graph();
        assertThat(g.require(ServiceId.of("api")).dependsOn()).hasSize(2);
        assertThat(g.require(ServiceId.of("api")).dependsOn().get(1).soft()).isFalse();
    }

    @Test
    void undirectedGraphsAreReadWithAWarning() throws Exception {
        ReadResult r = Fixtures.read(reader, "graph { a -- b }", "u.dot");
        assertThat(edges(r.graph())).containsExactly("a -> b");
        assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("undirected"));
    }

    @Test
    void quotedStringsUnescapeAndConcatenate() throws Exception {
        Graph g = Fixtures.read(reader, "digraph { \"a\\\"b\" [label = \"x\" + \"y\"]; \"a\\\"b\" -> \"c\\\\d\" }", "q.dot").graph();
        assertThat(ids(g)).containsExactly("a\"b", "c\\d");
        assertThat(g.require(ServiceId.of("a\"b")).label()).isEqualTo("xy");
    }

    @Test
    void syntaxErrorsNameFileFormatLineAndColumn() {
        assertThatThrownBy(() -> Fixtures.read(reader, "digraph {\n  a -> ;\n}", "bad.dot"))
                .isInstanceOfSatisfying(GraphImportException.class, e -> {
                    assertThat(e.problems().get(0).line()).isEqualTo(2);
                    assertThat(e.problems().get(0).column()).isEqualTo(8);
                    assertThat(e.getMessage()).startsWith("bad.dot:2:8: error: DOT: expected a name but found ';'");
                });
    }

    @Test
    void aTruncatedFileSaysSo() {
        String text = Fixtures.text("dot/services.dot");
        assertThatThrownBy(() -> Fixtures.read(reader, text.substring(0, text.length() / 2), "cut.dot"))
                .hasMessageContaining("truncated");
    }

    @Test
    void somethingElseIsNotDot() {
        assertThatThrownBy(() -> Fixtures.read(reader, "{\"blastmap\": 1}", "x.dot"))
                .hasMessageContaining("not DOT");
    }

    @Test
    void absurdNestingIsAProblem() {
        String text = "digraph {" + "subgraph {".repeat(5000) + "}".repeat(5000) + "}";
        assertThatThrownBy(() -> Fixtures.read(reader, text, "deep.dot")).hasMessageContaining("nested more than");
    }

    @Test
    void sniffingSkipsCommentsAndKnowsStrictGraphs() {
        assertThat(DotReader.looksLike("// a comment\n/* more */ strict digraph G {")).isTrue();
        assertThat(DotReader.looksLike("graph [ directed 1 ]")).isFalse();
        assertThat(DotReader.looksLike("<graphml>")).isFalse();
    }

    @Test
    void sniffingAHeadFullOfCommentsAndBlanksNeedsNoDeepStack() throws Exception {
        String head = "// c\n# c\n/* c */ \t\n".repeat(600) + "digraph \"g\" {";
        boolean[] seen = new boolean[1];
        Thread small = new Thread(null, () -> seen[0] = DotReader.looksLike(head), "sniff", 128 * 1024);
        small.start();
        small.join();
        assertThat(seen[0]).isTrue();
        assertThat(DotReader.looksLike(" ".repeat(8192))).isFalse();
        assertThat(DotReader.looksLike("digraphs {")).isFalse();
    }
}
