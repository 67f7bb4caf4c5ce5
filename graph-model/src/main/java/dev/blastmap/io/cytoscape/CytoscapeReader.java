package dev.blastmap.io.cytoscape;

import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.GraphReader;
import dev.blastmap.io.ReadResult;
import dev.blastmap.io.assemble.AttributeMapping;
import dev.blastmap.io.assemble.EdgeDraft;
import dev.blastmap.io.assemble.GraphAssembler;
import dev.blastmap.io.assemble.NodeDraft;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads Cytoscape.js elements (a flat array, or {@code {"nodes":[...],"edges":[...]}}) and Cytoscape desktop
 * {@code .cyjs} files ({@code {"data":{...},"elements":{"nodes","edges"}}}). Each element is
 * {@code {"group"?, "data":{"id", "parent"?, "source"?, "target"?, ...}}}; an edge's source depends on its
 * target. A node's label comes from {@code data.label}, else {@code data.name}; a node that is another's
 * {@code parent} is a compound box, which becomes the group of the nodes inside it. An edge from or to a
 * compound box stands for every service inside it (with a warning saying so): knocking out the box's
 * dependency takes down everything drawn inside. Cytoscape desktop's
 * numeric ids (its {@code SUID}s) are replaced by the names when those are distinct.
 *
 * <p>The document is streamed ({@link CytoscapeElements}); memory holds each element's scalar fields, not the
 * text or a tree of it.
 */
public final class CytoscapeReader implements GraphReader {

    static final String FORMAT = "Cytoscape JSON";
    private static final Pattern SNIFF = Pattern.compile("\"elements\"\\s*:|\\A\\s*[\\[{]\\s*(\"(nodes|edges)\"\\s*:\\s*\\[\\s*)?\\{\\s*(\"group\"\\s*:\\s*\"(nodes|edges)\"\\s*,\\s*)?\"data\"\\s*:\\s*\\{");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** True if the start of a file looks like Cytoscape JSON. */
    public static boolean looksLike(String head) {
        return SNIFF.matcher(head.replace("\uFEFF", "")).find();
    }

    @Override
    public ReadResult read(Reader in, String source) throws GraphImportException, IOException {
        GraphAssembler assembler = new GraphAssembler(source, FORMAT);
        CytoscapeElements elements = CytoscapeElements.read(in, source, assembler);
        nodes(assembler, elements.nodes());
        Map<String, List<String>> children = children(elements.nodes());
        for (CytoscapeElements.Element e : elements.edges()) {
            String from = e.text("source").strip();
            String to = e.text("target").strip();
            if (from.isBlank() || to.isBlank()) {
                assembler.error(e.line(), 0, "an edge needs \"source\" and \"target\"");
                continue;
            }
            List<String> dependents = members(from, children);
            List<String> dependencies = members(to, children);
            if (dependents.size() > 1 || dependencies.size() > 1 || !dependents.contains(from) || !dependencies.contains(to)) {
                assembler.warn(e.line(), from + " → " + to + " joins a compound node: read as every service inside "
                        + "the one depending on every service inside the other (" + dependents.size() + " × "
                        + dependencies.size() + " dependencies)");
            }
            for (String dependent : dependents) {
                for (String dependency : dependencies) {
                    EdgeDraft edge = assembler.edge(dependent, dependency, e.line());
                    for (int i = 0; i < e.fieldCount(); i++) {
                        if (e.value(i) != null) {
                            AttributeMapping.edge(assembler, edge, e.name(i), e.value(i), e.line());
                        }
                    }
                }
            }
        }
        return assembler.build();
    }

    /** The nodes each compound node holds directly. */
    private static Map<String, List<String>> children(List<CytoscapeElements.Element> nodes) {
        Map<String, List<String>> children = new HashMap<>();
        for (CytoscapeElements.Element n : nodes) {
            String parent = n.text("parent").strip();
            String id = n.text("id").strip();
            if (!parent.isEmpty() && !id.isEmpty()) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(id);
            }
        }
        return children;
    }

    /**
     * The services an edge end stands for: a plain node itself; a compound node (a region, a zone, a cluster
     * drawn as a box) every service nested in it at any depth, which is what the box means in the drawing.
     */
    private static List<String> members(String id, Map<String, List<String>> children) {
        if (children.isEmpty() || !children.containsKey(id)) {
            return List.of(id);
        }
        List<String> leaves = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (!seen.add(next)) {
                continue;
            }
            List<String> inside = children.get(next);
            if (inside == null) {
                leaves.add(next);
            } else {
                inside.forEach(todo::push);
            }
        }
        return leaves.isEmpty() ? List.of(id) : leaves;
    }

    private static void nodes(GraphAssembler assembler, List<CytoscapeElements.Element> nodes)
            throws GraphImportException {
        Set<String> parents = new HashSet<>();
        Map<String, CytoscapeElements.Element> byId = new HashMap<>();
        boolean numericIds = !nodes.isEmpty();
        for (CytoscapeElements.Element n : nodes) {
            if (n.valueOf("parent") != null) {
                parents.add(n.valueOf("parent"));
            }
            String id = n.text("id");
            byId.put(id.strip(), n);
            // Cytoscape desktop's ids are its session SUIDs; ids written by anyone else are kept as they are
            numericIds &= NUMBER.matcher(id.strip()).matches() && n.has("SUID");
        }
        if (numericIds) {
            assembler.preferLabelsAsIds();
        }
        for (CytoscapeElements.Element n : nodes) {
            NodeDraft node = assembler.define(n.text("id"), n.line(), 0).orElse(null);
            if (node == null) {
                continue;
            }
            if (parents.contains(node.id())) {
                node.markGroup();
            }
            for (int i = 0; i < n.fieldCount(); i++) {
                if ("tags".equals(n.name(i)) && n.tags() != null) {
                    n.tags().forEach(node::tag);
                } else if (n.value(i) != null && !"parent".equals(n.name(i))) {
                    AttributeMapping.node(assembler, node, n.name(i), n.value(i), n.line());
                }
            }
            CytoscapeElements.Element parent = byId.get(n.text("parent").strip());
            if (parent != null && node.group() == null) {
                node.group(parent.first("label", "name", "id"));
            }
        }
    }
}
