package dev.blastmap.io.kubernetes;

import dev.blastmap.io.assemble.YamlNodes;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * One Kubernetes object of a manifest, with the line it starts on.
 *
 * @param kind      its kind, e.g. {@code Deployment}
 * @param name      {@code metadata.name}
 * @param namespace {@code metadata.namespace}, or {@code ""} when the manifest leaves it to {@code kubectl}
 * @param node      the whole object
 * @param line      the line it starts on
 */
record Manifest(String kind, String name, String namespace, Node node, int line) {

    Manifest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(namespace, "namespace");
    }

    /** The object a document holds, or null if it is not a Kubernetes object. */
    static Manifest of(Node node) {
        String kind = YamlNodes.text(node, "kind");
        if (kind.isEmpty() || YamlNodes.text(node, "apiVersion").isEmpty()) {
            return null;
        }
        return new Manifest(kind, YamlNodes.text(node, "metadata", "name"),
                YamlNodes.text(node, "metadata", "namespace"), node, YamlNodes.line(node));
    }

    /** The labels at a path ending in a mapping, e.g. {@code spec, selector}. */
    Map<String, String> labels(String... path) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        YamlNodes.entries(YamlNodes.path(node, path)).forEach((k, v) -> {
            if (v instanceof ScalarNode s) {
                out.put(k, s.getValue().strip());
            }
        });
        return out;
    }
}
