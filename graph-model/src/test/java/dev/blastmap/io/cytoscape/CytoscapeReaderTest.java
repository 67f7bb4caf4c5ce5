package dev.blastmap.io.cytoscape;

import static dev.blastmap.io.Fixtures.edges;
import static dev.blastmap.io.Fixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.io.Fixtures;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.ServiceId;
import org.junit.jupiter.api.Test;

class CytoscapeReaderTest {

    private final CytoscapeReader reader = new CytoscapeReader();

    @Test
    void aFlatArrayWithCompoundParentsGivesGroups() throws Exception {
        Graph g = Fixtures.read(reader, "cytoscape/flat-elements.json").graph();
        assertThat(ids(g)).containsExactly("lb", "app", "db");
        assertThat(g.require(ServiceId.of("lb")).group()).isEqualTo("US East");
        assertThat(g.require(ServiceId.of("lb")).kind()).isEqualTo(Kind.LOAD_BALANCER);
        assertThat(g.require(ServiceId.of("db")).label()).isEqualTo("Primary DB");
        assertThat(g.require(ServiceId.of("db")).tags()).containsExactly("tier:gold");
        assertThat(edges(g)).containsExactly("lb -> app", "app ~> db");
    }

    @Test
    void nodesAndEdgesObjectsAreRead() throws Exception {
        Graph g = Fixtures.read(reader, "cytoscape/nodes-and-edges.json").graph();
        assertThat(edges(g)).containsExactly("a -> b");
        assertThat(g.require(ServiceId.of("b")).weight()).isEqualTo(3.5);
        assertThat(g.require(ServiceId.of("a")).region()).isEqualTo("eu-west-1");
    }

    @Test
    void cytoscapeDesktopNumericIdsGiveWayToNames() throws Exception {
        Graph g = Fixtures.read(reader, "cytoscape/desktop.cyjs").graph();
        assertThat(ids(g)).containsExactly("checkout", "inventory");
        assertThat(edges(g)).containsExactly("checkout -> inventory");
        assertThat(g.require(ServiceId.of("checkout")).tags()).isEmpty();
    }

    @Test
    void anEdgeFromOrToACompoundNodeStandsForEveryServiceInsideWithAWarning() throws Exception {
        String json = """
                [
                  {"data": {"id": "us-east-1"}},
                  {"data": {"id": "az-a", "parent": "us-east-1"}},
                  {"data": {"id": "web", "parent": "az-a"}},
                  {"data": {"id": "api", "parent": "us-east-1"}},
                  {"data": {"id": "dns"}},
                  {"data": {"id": "cdn"}},
                  {"data": {"id": "e1", "source": "us-east-1", "target": "dns"}},
                  {"data": {"id": "e2", "source": "cdn", "target": "az-a"}},
                  {"data": {"id": "e3", "source": "web", "target": "api"}}
                ]
                """;
        dev.blastmap.io.ReadResult r = Fixtures.read(new CytoscapeReader(), json, "g.json");
        assertThat(ids(r.graph())).containsExactlyInAnyOrder("web", "api", "dns", "cdn");
        assertThat(edges(r.graph())).containsExactlyInAnyOrder("web -> dns", "web -> api", "api -> dns", "cdn -> web");
        assertThat(r.warnings()).hasSize(2).allSatisfy(p -> assertThat(p.message()).contains("compound node"));
        assertThat(r.warnings().get(0).line()).isEqualTo(8);
    }

    @Test
    void anElementWithoutDataIsAnErrorWithItsLine() {
        assertThatThrownBy(() -> Fixtures.read(reader, "[\n{\"data\":{\"id\":\"a\"}},\n{\"id\":\"b\"}\n]", "c.json"))
                .hasMessageContaining("c.json:3").hasMessageContaining("Cytoscape JSON");
    }

    @Test
    void sniffingKnowsEveryShape() {
        assertThat(CytoscapeReader.looksLike(Fixtures.text("cytoscape/flat-elements.json"))).isTrue();
        assertThat(CytoscapeReader.looksLike(Fixtures.text("cytoscape/nodes-and-edges.json"))).isTrue();
        assertThat(CytoscapeReader.looksLike(Fixtures.text("cytoscape/desktop.cyjs"))).isTrue();
        assertThat(CytoscapeReader.looksLike(Fixtures.text("tracing/jaeger-v1-dependencies.json"))).isFalse();
    }

    @Test
    void twoNodesWithTheSameIdAreAnErrorNamingBothLines() {
        String text = "{\"elements\": [{\"data\": {\"id\": \"a\"}},\n {\"data\": {\"id\": \"a\"}}]}";
        assertThatThrownBy(() -> Fixtures.read(new CytoscapeReader(), text, "d.cyjs"))
                .hasMessageContaining("d.cyjs:2: error: Cytoscape JSON: the id \"a\" is defined twice: first at line 1");
    }

    @Test
    void aDesktopExportIsStreamedWithItsGraphDataTagsAndNestedValuesSkipped() throws Exception {
        String json = """
                {"format_version": "1.0", "data": {"name": "shop", "description": "the shop",
                  "sources": ["https://example.org", {"not": "a source"}], "big": [[1, [2, [3]]]]},
                 "elements": {"nodes": [
                   {"data": {"id": "web", "tags": ["edge", 7], "position": {"x": 1}}, "position": {"x": 1, "y": 2}},
                   {"data": {"id": "db", "kind": "database", "weight": 2.5}, "selected": false}
                 ], "edges": [
                   {"data": {"id": "e", "source": "web", "target": "db", "soft": true}}
                 ]}}
                """;
        Graph g = Fixtures.read(reader, json, "shop.cyjs").graph();
        assertThat(g.name()).isEqualTo("shop");
        assertThat(g.description()).isEqualTo("the shop");
        assertThat(g.sources()).containsExactly("https://example.org");
        assertThat(g.require(ServiceId.of("web")).tags()).containsExactly("edge", "7");
        assertThat(g.require(ServiceId.of("db")).weight()).isEqualTo(2.5);
        assertThat(edges(g)).containsExactly("web ~> db");
    }

    @Test
    void textAfterTheDocumentAndACutOffDocumentAreLocatedProblems() {
        assertThatThrownBy(() -> Fixtures.read(reader, "[{\"data\": {\"id\": \"a\"}}]\n[]", "two.json"))
                .hasMessageContaining("two.json:2:");
        assertThatThrownBy(() -> Fixtures.read(reader, "{\"elements\": [\n{\"data\": {\"id\": \"a\"}},\n{\"da", "cut.json"))
                .hasMessageContaining("cut.json:3:").hasMessageContaining("Cytoscape JSON");
    }
}
