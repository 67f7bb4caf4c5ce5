package dev.blastmap.io.assemble;

import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.GraphReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * YAML (and JSON, which SnakeYAML reads as YAML) composed into nodes that remember their lines, one document at
 * a time. Nodes are never constructed into objects, so tags such as CloudFormation's {@code !Ref} need no
 * constructor and no tag can run code; the loader limits aliases, nesting and size, so a hostile file cannot
 * expand until memory runs out.
 */
public final class YamlNodes {

    private YamlNodes() {
    }

    /** Receives each document of a stream as it is composed. */
    @FunctionalInterface
    public interface DocumentConsumer {
        /** Takes one document's root node (null for an empty document). */
        void accept(Node document) throws GraphImportException;
    }

    /**
     * Composes every document of the stream in turn and hands it on; only one document is held at a time.
     *
     * @throws GraphImportException if the text is not YAML, located at the problem
     */
    public static void forEachDocument(Reader in, GraphAssembler assembler, DocumentConsumer consumer)
            throws GraphImportException {
        try {
            for (Node document : yaml().composeAll(in)) {
                consumer.accept(document);
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw assembler.fatal(mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                    "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw assembler.fatal(0, 0, "not valid YAML: " + e.getMessage());
        }
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(100);
        options.setCodePointLimit((int) GraphReader.MAX_FILE_BYTES);
        return new Yaml(new SafeConstructor(options));
    }

    /** The 1-based line a node starts on, or 0. */
    public static int line(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** The 1-based column a node starts on, or 0. */
    public static int column(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getColumn() + 1;
    }

    /** The value of {@code key} in a mapping, if the node is a mapping that has it. */
    public static Optional<Node> get(Node map, String key) {
        if (map instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && key.equals(k.getValue())) {
                    return Optional.ofNullable(t.getValueNode());
                }
            }
        }
        return Optional.empty();
    }

    /** The value at a path of keys, e.g. {@code spec, template, spec}. */
    public static Optional<Node> path(Node node, String... keys) {
        Optional<Node> at = Optional.ofNullable(node);
        for (String key : keys) {
            at = at.flatMap(n -> get(n, key));
        }
        return at;
    }

    /** The stripped scalar text at a path of keys, or {@code ""}. */
    public static String text(Node node, String... keys) {
        return path(node, keys).filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).getValue().strip())
                .orElse("");
    }

    /** The items of a sequence node; empty for anything else. */
    public static List<Node> items(Optional<Node> node) {
        return node.filter(SequenceNode.class::isInstance).map(n -> ((SequenceNode) n).getValue()).orElse(List.of());
    }

    /** The entries of a mapping node, keys as text, in order; empty for anything else. */
    public static Map<String, Node> entries(Optional<Node> node) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (node.orElse(null) instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    out.put(k.getValue(), t.getValueNode());
                }
            }
        }
        return out;
    }

    /**
     * Every scalar below a node, depth first, with its node for the line. A node reached again through an
     * alias is visited once, so nested aliases cannot multiply the work.
     */
    public static List<ScalarNode> scalarsBelow(Node node) {
        List<ScalarNode> out = new ArrayList<>();
        java.util.Deque<Node> todo = new java.util.ArrayDeque<>();
        java.util.Set<Node> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (node != null) {
            todo.push(node);
        }
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (!seen.add(n)) {
                continue;
            }
            if (n instanceof ScalarNode s) {
                out.add(s);
            } else if (n instanceof SequenceNode seq) {
                for (int i = seq.getValue().size() - 1; i >= 0; i--) {
                    todo.push(seq.getValue().get(i));
                }
            } else if (n instanceof MappingNode m) {
                for (int i = m.getValue().size() - 1; i >= 0; i--) {
                    todo.push(m.getValue().get(i).getValueNode());
                }
            }
        }
        return out;
    }
}
