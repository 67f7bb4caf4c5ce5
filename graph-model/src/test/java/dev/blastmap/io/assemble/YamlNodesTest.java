package dev.blastmap.io.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.Node;

class YamlNodesTest {

    private static List<Node> documents(String yaml) throws Exception {
        List<Node> out = new ArrayList<>();
        YamlNodes.forEachDocument(new StringReader(yaml), new GraphAssembler("t.yaml", "Test"), out::add);
        return out;
    }

    @Test
    void documentsAreComposedOneByOneWithTheirLines() throws Exception {
        List<Node> docs = documents("a: 1\n---\n# note\nkind: Service\nspec:\n  ports: [80, 443]\n");
        assertThat(docs).hasSize(2);
        assertThat(YamlNodes.line(docs.get(1))).isEqualTo(4);
        assertThat(YamlNodes.text(docs.get(1), "kind")).isEqualTo("Service");
        assertThat(YamlNodes.items(YamlNodes.path(docs.get(1), "spec", "ports"))).hasSize(2);
        assertThat(YamlNodes.text(docs.get(1), "spec", "missing")).isEmpty();
    }

    @Test
    void localTagsNeedNoConstructorAndJavaTagsAreRefusedWithTheirLine() throws Exception {
        Node doc = documents("a: !Ref Queue\nb: !GetAtt [Table, Arn]\n").get(0);
        assertThat(YamlNodes.text(doc, "a")).isEqualTo("Queue");
        assertThat(YamlNodes.scalarsBelow(doc)).extracting(n -> n.getValue()).containsExactly("Queue", "Table", "Arn");
        assertThatThrownBy(() -> documents("a: 1\nb: !!javax.script.ScriptEngineManager [!!java.net.URL [\"http://x\"]]\n"))
                .hasMessageContaining("t.yaml:2:").hasMessageContaining("not valid YAML");
    }

    @Test
    void aliasesAreVisitedOnceAndBrokenYamlIsALocatedProblem() throws Exception {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        assertThat(YamlNodes.scalarsBelow(documents(yaml.toString()).get(0))).hasSize(2);
        assertThatThrownBy(() -> documents("a: [1,\nb: 2\n")).hasMessageContaining("t.yaml:").hasMessageContaining("not valid YAML");
    }
}
