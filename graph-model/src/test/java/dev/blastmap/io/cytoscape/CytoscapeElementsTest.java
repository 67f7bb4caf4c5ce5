package dev.blastmap.io.cytoscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.assemble.GraphAssembler;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CytoscapeElementsTest {

    private static CytoscapeElements read(String json) throws GraphImportException, IOException {
        return CytoscapeElements.read(new StringReader(json), "c.json", new GraphAssembler("c.json", "Cytoscape JSON"));
    }

    private static List<String> ids(List<CytoscapeElements.Element> elements) {
        return elements.stream().map(e -> e.text("id")).toList();
    }

    @Test
    void aFlatListIsSortedIntoNodesAndEdgesByGroupOrBySourceAndTarget() throws Exception {
        CytoscapeElements e = read("""
                [{"data": {"id": "a"}}, {"group": "edges", "data": {"id": "x", "source": "a"}},
                 {"data": {"id": "y", "source": "a", "target": "b"}}, {"group": "nodes", "data": {"id": "b",
                 "source": "s", "target": "t"}}]
                """);
        assertThat(ids(e.nodes())).containsExactly("a", "b");
        assertThat(ids(e.edges())).containsExactly("x", "y");
    }

    @Test
    void topLevelNodesAndEdgesCountOnlyWhenThereIsNoElements() throws Exception {
        assertThat(ids(read("{\"nodes\": [{\"data\": {\"id\": \"a\"}}], \"edges\": []}").nodes())).containsExactly("a");
        CytoscapeElements both = read("""
                {"nodes": [{"data": {"id": "top"}}], "elements": {"nodes": [{"data": {"id": "inner"}}]}}
                """);
        assertThat(ids(both.nodes())).containsExactly("inner");
    }

    @Test
    void anElementKeepsItsScalarFieldsInOrderWithOtherValuesAsNullAndItsTagsAsAList() throws Exception {
        CytoscapeElements.Element n = read("""
                {"elements": {"nodes": [
                  {"data": {"id": "a", "weight": 1e3, "up": true, "pos": {"x": 1}, "none": null, "tags": ["x", 2, {}]}}
                ]}}
                """).nodes().get(0);
        assertThat(Arrays.asList(n.fields())).containsExactly("id", "a", "weight", "1e3", "up", "true", "pos", null,
                "none", null, "tags", null);
        assertThat(n.tags()).containsExactly("x", "2", "");
        assertThat(n.has("pos")).isTrue();
        assertThat(n.valueOf("pos")).isNull();
        assertThat(n.first("label", "none", "id")).isEqualTo("a");
        assertThat(n.line()).isEqualTo(2);
    }

    @Test
    void aDocumentThatHoldsNoElementsIsRefused() {
        assertThatThrownBy(() -> read("\"just a string\"")).isInstanceOf(GraphImportException.class)
                .hasMessageContaining("expected Cytoscape elements");
        assertThatThrownBy(() -> read("{\"elements\": 3}")).isInstanceOf(GraphImportException.class)
                .hasMessageContaining("expected Cytoscape elements");
    }
}
