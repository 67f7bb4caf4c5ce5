package dev.blastmap.io.graphml;

import static dev.blastmap.io.Fixtures.dependencies;
import static dev.blastmap.io.Fixtures.edges;
import static dev.blastmap.io.Fixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.blastmap.io.Fixtures;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.Problem;
import dev.blastmap.io.ReadResult;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.ServiceId;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphmlReaderTest {

    private final GraphmlReader reader = new GraphmlReader();

    @Test
    void yedLabelsBecomeIdsAndNestedGraphsBecomeGroups() throws Exception {
        ReadResult result = Fixtures.read(reader, "graphml/yed.graphml");
        Graph g = result.graph();
        assertThat(ids(g)).containsExactly("checkout", "payments-api", "payments-db");
        assertThat(g.require(ServiceId.of("payments-api")).group()).isEqualTo("payments");
        assertThat(g.require(ServiceId.of("payments-db")).group()).isEqualTo("payments");
        assertThat(g.require(ServiceId.of("checkout")).group()).isNull();
        assertThat(edges(g)).containsExactly("checkout -> payments-api", "payments-api -> payments-db");
    }

    @Test
    void yedKeyDefaultsApplyUnlessANodeSaysOtherwise() throws Exception {
        Graph g = Fixtures.read(reader, "graphml/yed.graphml").graph();
        assertThat(g.require(ServiceId.of("checkout")).region()).isEqualTo("us-east-1");
        assertThat(g.require(ServiceId.of("payments-api")).region()).isEqualTo("eu-west-1");
    }

    @Test
    void yedLiveAndYfilesForHtmlLabelsAreReadAndTheirDrawingDataDropped() throws Exception {
        ReadResult result = Fixtures.read(reader, "graphml/yed-live.graphml");
        Graph g = result.graph();
        assertThat(ids(g)).containsExactly("storefront", "orders", "orders-db");
        assertThat(edges(g)).containsExactly("storefront -> orders", "orders -> orders-db");
        assertThat(g.services()).allSatisfy(s -> assertThat(s.tags()).isEmpty());
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void yedsNodeDescriptionIsTheServiceDescriptionAndTheGraphsStaysTheGraphs() throws Exception {
        String graphml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key attr.name="description" attr.type="string" for="graph" id="d0"/>
                  <key attr.name="description" attr.type="string" for="node" id="d5"/>
                  <graph edgedefault="directed" id="G">
                    <data key="d0">The shop</data>
                    <node id="n0"><data key="d5"><![CDATA[Takes orders
                & payments]]></data></node>
                    <node id="n1"/>
                  </graph>
                </graphml>
                """;
        Graph g = Fixtures.read(reader, graphml, "shop.graphml").graph();
        assertThat(g.description()).isEqualTo("The shop");
        assertThat(g.require(ServiceId.of("n0")).description()).isEqualTo("Takes orders\n& payments");
        assertThat(g.require(ServiceId.of("n0")).tags()).isEmpty();
        assertThat(g.require(ServiceId.of("n1")).description()).isEmpty();
    }

    @Test
    void aKeyDefaultIsNotAddedToANodeThatHasItsOwnValue() throws Exception {
        String graphml = """
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="t" for="node" attr.name="team" attr.type="string"><default>platform</default></key>
                  <graph edgedefault="directed">
                    <node id="web"><data key="t">storefront</data></node>
                    <node id="db"/>
                    <edge source="web" target="db"/>
                  </graph>
                </graphml>
                """;
        Graph g = Fixtures.read(reader, graphml, "g.graphml").graph();
        assertThat(g.require(ServiceId.of("web")).tags()).containsExactly("team:storefront");
        assertThat(g.require(ServiceId.of("db")).tags()).containsExactly("team:platform");
    }

    @Test
    void aSelfLoopIsDroppedWithAWarningNamingTheLine() throws Exception {
        ReadResult result = Fixtures.read(reader, "graphml/yed.graphml");
        assertThat(result.warnings()).anySatisfy(p -> {
            assertThat(p.message()).contains("GraphML").contains("depends on itself");
            assertThat(p.line()).isPositive();
        });
    }

    @Test
    void networkxAttributesMapToFieldsAndTags() throws Exception {
        Graph g = Fixtures.read(reader, "graphml/networkx.graphml").graph();
        assertThat(g.require(ServiceId.of("web")).kind()).isEqualTo(Kind.APP);
        assertThat(g.require(ServiceId.of("web")).weight()).isEqualTo(100.0);
        assertThat(g.require(ServiceId.of("api")).zone()).isEqualTo("use1-az1");
        assertThat(g.require(ServiceId.of("api")).tags()).containsExactly("namespace:shop");
        assertThat(g.require(ServiceId.of("db")).kind()).isEqualTo(Kind.DATABASE);
        assertThat(edges(g)).containsExactly("web -> api", "api -> db", "api ~> recs");
    }

    @Test
    void gephiDrawingAttributesAreDropped() throws Exception {
        Graph g = Fixtures.read(reader, "graphml/gephi.graphml").graph();
        assertThat(g.require(ServiceId.of("gateway")).label()).isEqualTo("Gateway");
        assertThat(g.require(ServiceId.of("gateway")).group()).isEqualTo("edge");
        assertThat(g.require(ServiceId.of("gateway")).tags()).isEmpty();
        assertThat(dependencies(g, "gateway")).containsExactly("auth");
    }

    @Test
    void anExternalEntityPointingAtALocalFileIsRefusedUnread(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE graphml [ <!ENTITY xxe SYSTEM "%s"> ]>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="label" for="node" attr.name="label" attr.type="string"/>
                  <graph edgedefault="directed"><node id="a"><data key="label">&xxe;</data></node></graph>
                </graphml>
                """.formatted(secret.toUri());
        assertThatThrownBy(() -> Fixtures.read(reader, xml, "evil.graphml"))
                .isInstanceOf(GraphImportException.class)
                .hasMessageContaining("evil.graphml:2")
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET-CONTENT");
    }

    @Test
    void anExternalEntityPointingAtAUrlIsRefusedWithoutFetchingIt() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, 0);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/x.dtd";
            for (String xml : new String[] {
                "<?xml version=\"1.0\"?><!DOCTYPE graphml SYSTEM \"" + url + "\"><graphml/>",
                "<?xml version=\"1.0\"?><!DOCTYPE graphml [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]><graphml/>",
                "<?xml version=\"1.0\"?><!DOCTYPE g [<!ENTITY e SYSTEM \"" + url + "\">]><graphml>&e;</graphml>"}) {
                assertThatThrownBy(() -> Fixtures.read(reader, xml, "remote.graphml"))
                        .isInstanceOf(GraphImportException.class)
                        .hasMessageContaining("remote.graphml");
            }
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                dtd.append("&lol").append(i == 1 ? "" : Integer.toString(i - 1)).append(';');
            }
            dtd.append("\">\n");
        }
        String xml = dtd + "]>\n<graphml><graph><node id=\"&lol9;\"/></graph></graphml>\n";
        long start = System.nanoTime();
        assertThatThrownBy(() -> Fixtures.read(reader, xml, "lolz.graphml"))
                .isInstanceOf(GraphImportException.class)
                .hasMessageContaining("lolz.graphml")
                .hasMessageContaining("GraphML");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void absurdNestingIsAProblemNotAStackOverflow() {
        String xml = "<graphml>" + "<x>".repeat(10_000) + "</x>".repeat(10_000) + "</graphml>";
        assertThatThrownBy(() -> Fixtures.read(reader, xml, "deep.graphml"))
                .isInstanceOf(GraphImportException.class)
                .hasMessageContaining("nested more than");
    }

    @Test
    void aTruncatedFileIsReportedWithItsLine() {
        String text = Fixtures.text("graphml/networkx.graphml");
        String truncated = text.substring(0, text.indexOf("<node id=\"db\">") + 10);
        assertThatThrownBy(() -> Fixtures.read(reader, truncated, "cut.graphml"))
                .isInstanceOfSatisfying(GraphImportException.class, e -> {
                    Problem p = e.problems().get(0);
                    assertThat(p.source()).isEqualTo("cut.graphml");
                    assertThat(p.line()).isGreaterThan(10);
                    assertThat(p.message()).startsWith("GraphML: not well-formed XML");
                });
    }

    @Test
    void xmlThatIsNotGraphmlSaysSo() {
        assertThatThrownBy(() -> Fixtures.read(reader, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "a.graphml"))
                .hasMessageContaining("not GraphML: the document starts with <svg>");
    }

    @Test
    void anEdgeWithoutATargetIsAnErrorWithItsLine() {
        String xml = "<graphml>\n<graph>\n<node id=\"a\"/>\n<edge source=\"a\"/>\n</graph></graphml>";
        assertThatThrownBy(() -> Fixtures.read(reader, xml, "e.graphml"))
                .isInstanceOfSatisfying(GraphImportException.class,
                        e -> assertThat(e.problems().get(0).line()).isEqualTo(4));
    }

    @Test
    void readingALargeFileDoesNotNeedTheDtd() throws IOException, GraphImportException {
        StringBuilder xml = new StringBuilder("<graphml><graph edgedefault=\"directed\">");
        for (int i = 0; i < 2000; i++) {
            xml.append("<node id=\"s").append(i).append("\"/>");
            if (i > 0) {
                xml.append("<edge source=\"s").append(i).append("\" target=\"s").append(i - 1).append("\"/>");
            }
        }
        xml.append("</graph></graphml>");
        assertThat(Fixtures.read(reader, xml.toString(), "big.graphml").graph().size()).isEqualTo(2000);
    }

    @Test
    void aControlCharacterInsideADoctypeIsRefusedAsADoctypeWithItsPlace() {
        String text = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\u0001 ]>\n<graphml/>";
        assertThatThrownBy(() -> Fixtures.read(reader, text, "ctl.graphml")).isInstanceOfSatisfying(
                GraphImportException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.toString()).startsWith("ctl.graphml:2:1: error: GraphML: the file has a DOCTYPE");
                }));
    }

    @Test
    void aTruncatedDoctypeIsLocatedAndPrintsNothingOnStandardError() {
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(printed, true));
        try {
            assertThatThrownBy(() -> Fixtures.read(reader, "<?xml version=\"1.0\"?>\n<!-- a -->\n<!DOCTYPE g [<!ENTITY",
                    "cut.graphml")).hasMessageContaining("cut.graphml:3:1: error: GraphML: the file has a DOCTYPE");
        } finally {
            System.setErr(err);
        }
        assertThat(printed.toString()).isEmpty();
    }

    @Test
    void aPrematureEndOfFileHasALine() {
        assertThatThrownBy(() -> Fixtures.read(reader, "<graphml>\n<graph>\n<node id=\"a\"/>", "cut.graphml"))
                .isInstanceOfSatisfying(GraphImportException.class,
                        e -> assertThat(e.problems().get(0).line()).isEqualTo(3));
    }

    @Test
    void twoNodesWithTheSameIdAreAnErrorNamingBothPlaces() {
        String text = "<graphml><graph>\n<node id=\"a\"/>\n<node id=\"a\"/>\n<edge source=\"a\" target=\"b\"/></graph></graphml>";
        assertThatThrownBy(() -> Fixtures.read(reader, text, "dup.graphml")).isInstanceOfSatisfying(
                GraphImportException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.message()).contains("\"a\" is defined twice: first at line 2");
                }));
    }

    @Test
    void everyNodeKnowsWhereItIsDefined() throws Exception {
        ReadResult r = Fixtures.read(reader, "<graphml><graph>\n<edge source=\"a\" target=\"b\"/>\n  <node id=\"b\"/>"
                + "</graph></graphml>", "pos.graphml");
        assertThat(r.positionOf(ServiceId.of("b")).orElseThrow().line()).isEqualTo(3);
        assertThat(r.positionOf(ServiceId.of("a")).orElseThrow().line()).isEqualTo(2);
    }
}
