package dev.blastmap.io.kiali;

import static dev.blastmap.io.Fixtures.dependencies;
import static dev.blastmap.io.Fixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.io.Fixtures;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.ServiceId;
import org.junit.jupiter.api.Test;

class KialiReaderTest {

    private final KialiReader reader = new KialiReader();

    @Test
    void theSameAppInTwoClustersIsQualifiedByClusterAndNamespaceNotAHash() throws Exception {
        String json = """
                {"timestamp": 1700000000, "duration": 600, "graphType": "versionedApp", "elements": {
                  "nodes": [
                    {"data": {"id": "8a3c3b0bd8d6c5b3e3e0f6b1d1f8b2a4a0c7e5d3f1b9a7c5e3d1f9b7a5c3e1d0", "nodeType": "app",
                      "cluster": "east", "namespace": "bookinfo", "app": "reviews", "version": "v1"}},
                    {"data": {"id": "1f0e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0", "nodeType": "app",
                      "cluster": "west", "namespace": "bookinfo", "app": "reviews", "version": "v1"}},
                    {"data": {"id": "c0ffee", "nodeType": "app", "cluster": "east", "namespace": "bookinfo",
                      "app": "productpage", "version": "v1"}}
                  ],
                  "edges": [
                    {"data": {"id": "e1", "source": "c0ffee", "target": "8a3c3b0bd8d6c5b3e3e0f6b1d1f8b2a4a0c7e5d3f1b9a7c5e3d1f9b7a5c3e1d0"}},
                    {"data": {"id": "e2", "source": "c0ffee", "target": "1f0e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0"}}
                  ]}}
                """;
        Graph g = Fixtures.read(new KialiReader(), json, "mesh.json").graph();
        assertThat(ids(g)).containsExactly("east/bookinfo/reviews-v1", "west/bookinfo/reviews-v1", "productpage-v1");
        assertThat(dependencies(g, "productpage-v1")).containsExactly("east/bookinfo/reviews-v1", "west/bookinfo/reviews-v1");
    }

    @Test
    void nodesAreNamedAfterWhatTheyAreAndBoxesAreGroups() throws Exception {
        Graph g = Fixtures.read(reader, "kiali/bookinfo.json").graph();
        assertThat(ids(g)).containsExactly("productpage-v1", "reviews-v1", "reviews-v2", "bookinfo/reviews",
                "ratings-v1", "api.github.com", "istio-ingressgateway", "legacy/reviews");
        assertThat(g.require(ServiceId.of("reviews-v2")).group()).isEqualTo("reviews");
        assertThat(g.require(ServiceId.of("productpage-v1")).group()).isNull();
    }

    @Test
    void theClientDependsOnTheServerItCalls() throws Exception {
        Graph g = Fixtures.read(reader, "kiali/bookinfo.json").graph();
        assertThat(dependencies(g, "istio-ingressgateway")).containsExactly("productpage-v1");
        assertThat(dependencies(g, "productpage-v1")).containsExactly("bookinfo/reviews", "api.github.com", "legacy/reviews");
        assertThat(dependencies(g, "bookinfo/reviews")).containsExactly("reviews-v1", "reviews-v2");
    }

    @Test
    void namespacesVersionsAndRolesAreKeptAsTags() throws Exception {
        Graph g = Fixtures.read(reader, "kiali/bookinfo.json").graph();
        assertThat(g.require(ServiceId.of("reviews-v1")).tags()).contains("namespace:bookinfo", "version:v1", "kiali:app", "cluster:east");
        assertThat(g.require(ServiceId.of("api.github.com")).kind()).isEqualTo(Kind.EXTERNAL);
        assertThat(g.require(ServiceId.of("istio-ingressgateway")).tags()).contains("root");
    }

    @Test
    void anEdgeToAnUnknownNodeIsAnError() {
        String json = "{\"elements\":{\"nodes\":[{\"data\":{\"id\":\"a\",\"nodeType\":\"service\",\"service\":\"x\"}}],\n"
                + "\"edges\":[{\"data\":{\"source\":\"a\",\"target\":\"zz\"}}]}}";
        assertThatThrownBy(() -> Fixtures.read(reader, json, "k.json")).hasMessageContaining("k.json:2")
                .hasMessageContaining("Kiali");
    }

    @Test
    void twoNodesWithTheSameIdAreAnErrorNotACrash() {
        String json = "{\"elements\":{\"nodes\":[\n"
                + "{\"data\":{\"id\":\"b1\",\"nodeType\":\"box\",\"isBox\":\"app\",\"app\":\"reviews\"}},\n"
                + "{\"data\":{\"id\":\"b1\",\"nodeType\":\"app\",\"app\":\"reviews\"}}]}}";
        assertThatThrownBy(() -> Fixtures.read(reader, json, "k.json")).hasMessageContaining("k.json:3")
                .hasMessageContaining("the id \"b1\" is defined twice: first at line 2");
    }

    @Test
    void sniffingTellsKialiFromCytoscape() {
        assertThat(KialiReader.looksLike(Fixtures.text("kiali/bookinfo.json"))).isTrue();
        assertThat(KialiReader.looksLike(Fixtures.text("cytoscape/desktop.cyjs"))).isFalse();
    }

    @Test
    void aGraphWhoseElementsComeAfterLargeBlocksIsStreamedAndEveryProblemKeepsItsLine() {
        String json = """
                {"timestamp": 1700000000, "extra": {"deep": [[1, 2, {"x": [true, null]}]]},
                 "elements": {"edges": [
                   {"data": {"source": "a", "target": "nowhere"}}
                 ],
                 "nodes": [
                   {"data": {"id": "a", "nodeType": "service", "service": "a", "traffic": [{"protocol": "http"}]}},
                   "not an element"
                 ]}}
                """;
        assertThatThrownBy(() -> Fixtures.read(reader, json, "k.json"))
                .hasMessageContaining("k.json:7: error: Kiali: each of \"elements\".nodes must be an object")
                .hasMessageContaining("k.json:3: error: Kiali: an edge's \"source\" and \"target\" must be ids");
    }

    @Test
    void aTruncatedGraphIsOneProblemAtTheLineAndColumnWhereItStops() {
        String json = "{\"elements\": {\"nodes\": [\n  {\"data\": {\"id\": \"a\"";
        assertThatThrownBy(() -> Fixtures.read(reader, json, "cut.json"))
                .hasMessageContaining("cut.json:2:").hasMessageContaining("truncated");
    }
}
