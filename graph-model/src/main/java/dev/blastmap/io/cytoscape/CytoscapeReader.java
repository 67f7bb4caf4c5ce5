package dev.blastmap.io.cytoscape;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.GraphReader;
import dev.blastmap.io.ReadResult;
import dev.blastmap.io.assemble.AttributeMapping;
import dev.blastmap.io.assemble.EdgeDraft;
import dev.blastmap.io.assemble.GraphAssembler;
import dev.blastmap.io.assemble.LocatedJson;
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
 */
public final class CytoscapeReader implements GraphReader {

    static final String FORMAT = "Cytoscape JSON";
    private static final Pattern SNIFF = Pattern.compile("\"elements\"\\s*:|\\A\\s*[\\[{]\\s*(\"(nodes|edges)\"\\s*:\\s*\\[\\s*)?\\{\\s*(\"group\"\\s*:\\s*\"(nodes|edges)\"\\s*,\\s*)?\"data\"\\s*:\\s*\\{");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** True if the start of a file looks like Cytoscape JSON. */
    public static boolean looksLike(String head) {
        return SNIFF.matcher(head.replace("\uFEFF", "")).find();
    }

    /** A node or edge with the line it starts on. */
    private record Element(JsonObject data, int line) {
    }

    @Override
    public ReadResult read(Reader in, String source) throws GraphImportException, IOException {
        GraphAssembler assembler = new GraphAssembler(source, FORMAT);
        LocatedJson json = LocatedJson.parse(in, source, FORMAT);
        List<Element> nodes = new ArrayList<>();
        List<Element> edges = new ArrayList<>();
        JsonElement root = json.root();
        JsonElement elements = root.isJsonObject() && root.getAsJsonObject().has("elements")
                ? root.getAsJsonObject().get("elements") : root;
        if (elements.isJsonArray()) {
            for (JsonElement e : elements.getAsJsonArray()) {
                classify(assembler, json, e, null, nodes, edges);
            }
        } else if (elements.isJsonObject()) {
            for (String group : List.of("nodes", "edges")) {
                JsonElement list = elements.getAsJsonObject().get(group);
                if (list instanceof JsonArray array) {
                    for (JsonElement e : array) {
                        classify(assembler, json, e, group, nodes, edges);
                    }
                } else if (list != null && !list.isJsonNull()) {
                    assembler.error(json.line(root), 0, "\"" + group + "\" must be a list");
                }
            }
        } else {
            throw assembler.fatal(0, 0, "expected Cytoscape elements: a list, {\"nodes\", \"edges\"} or {\"elements\": ...}");
        }
        if (root.isJsonObject() && root.getAsJsonObject().get("data") instanceof JsonObject graphData) {
            LocatedJson.string(graphData, "name").ifPresent(assembler::name);
            LocatedJson.string(graphData, "description").ifPresent(assembler::description);
            if (graphData.get("sources") instanceof JsonArray sources) {
                sources.forEach(s -> assembler.addSource(s.isJsonPrimitive() ? s.getAsString() : ""));
            }
        }
        nodes(assembler, nodes);
        Map<String, List<String>> children = children(nodes);
        for (Element e : edges) {
            String from = LocatedJson.string(e.data(), "source").orElse("").strip();
            String to = LocatedJson.string(e.data(), "target").orElse("").strip();
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
                    for (Map.Entry<String, JsonElement> a : e.data().entrySet()) {
                        if (a.getValue().isJsonPrimitive()) {
                            AttributeMapping.edge(assembler, edge, a.getKey(), a.getValue().getAsString(), e.line());
                        }
                    }
                }
            }
        }
        return assembler.build();
    }

    /** The nodes each compound node holds directly. */
    private static Map<String, List<String>> children(List<Element> nodes) {
        Map<String, List<String>> children = new HashMap<>();
        for (Element n : nodes) {
            String parent = LocatedJson.string(n.data(), "parent").orElse("").strip();
            String id = LocatedJson.string(n.data(), "id").orElse("").strip();
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
        if (!children.containsKey(id)) {
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

    private static void nodes(GraphAssembler assembler, List<Element> nodes) throws GraphImportException {
        Set<String> parents = new HashSet<>();
        Map<String, Element> byId = new HashMap<>();
        boolean numericIds = !nodes.isEmpty();
        for (Element n : nodes) {
            LocatedJson.string(n.data(), "parent").ifPresent(parents::add);
            String id = LocatedJson.string(n.data(), "id").orElse("");
            byId.put(id.strip(), n);
            // Cytoscape desktop's ids are its session SUIDs; ids written by anyone else are kept as they are
            numericIds &= NUMBER.matcher(id.strip()).matches() && n.data().has("SUID");
        }
        if (numericIds) {
            assembler.preferLabelsAsIds();
        }
        for (Element n : nodes) {
            String id = LocatedJson.string(n.data(), "id").orElse("");
            NodeDraft node = assembler.define(id, n.line(), 0).orElse(null);
            if (node == null) {
                continue;
            }
            if (parents.contains(node.id())) {
                node.markGroup();
            }
            for (Map.Entry<String, JsonElement> a : n.data().entrySet()) {
                JsonElement v = a.getValue();
                if ("tags".equals(a.getKey()) && v.isJsonArray()) {
                    v.getAsJsonArray().forEach(t -> node.tag(t.isJsonPrimitive() ? t.getAsString() : ""));
                } else if (v.isJsonPrimitive() && !"parent".equals(a.getKey())) {
                    AttributeMapping.node(assembler, node, a.getKey(), v.getAsString(), n.line());
                }
            }
            Element parent = byId.get(LocatedJson.string(n.data(), "parent").orElse("").strip());
            if (parent != null && node.group() == null) {
                node.group(LocatedJson.string(parent.data(), "label")
                        .or(() -> LocatedJson.string(parent.data(), "name"))
                        .or(() -> LocatedJson.string(parent.data(), "id")).orElse(""));
            }
        }
    }

    private static void classify(GraphAssembler assembler, LocatedJson json, JsonElement e, String group,
                                 List<Element> nodes, List<Element> edges) throws GraphImportException {
        if (!(e instanceof JsonObject o) || !(o.get("data") instanceof JsonObject data)) {
            assembler.error(json.line(e), 0, "each element must be an object with \"data\"");
            return;
        }
        String g = group != null ? group : LocatedJson.string(o, "group").orElse("");
        boolean isEdge = "edges".equals(g) || g.isEmpty() && data.has("source") && data.has("target");
        (isEdge ? edges : nodes).add(new Element(data, json.line(e)));
    }
}
