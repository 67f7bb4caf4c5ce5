package dev.blastmap.io.cytoscape;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.blastmap.io.ClauseEdges;
import dev.blastmap.io.GraphWriter;
import dev.blastmap.io.json.JsonTrees;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes {@code {"data":{...},"elements":{"nodes":[...],"edges":[...]}}}, which both Cytoscape.js
 * ({@code cy.json(...)}) and Cytoscape desktop (as {@code .cyjs}) open. Each group is a compound parent node
 * {@code group:<name>} holding its services; a service's fields are data fields ({@code name} is the label);
 * an edge points from the dependent to its dependency, and a clause of several members is one edge per member
 * with {@code clause} and {@code need}. Scenarios are not written.
 */
public final class CytoscapeWriter implements GraphWriter {

    @Override
    public void write(Graph graph, Writer out) throws IOException {
        JsonObject root = new JsonObject();
        root.addProperty("format_version", "1.0");
        root.addProperty("generated_by", "blastmap");
        root.addProperty("target_cytoscapejs_version", "~3.0");
        JsonObject data = new JsonObject();
        data.addProperty("name", graph.name());
        if (!graph.description().isEmpty()) {
            data.addProperty("description", graph.description());
        }
        if (!graph.sources().isEmpty()) {
            JsonArray sources = new JsonArray();
            graph.sources().forEach(sources::add);
            data.add("sources", sources);
        }
        root.add("data", data);
        JsonArray nodes = new JsonArray();
        Map<String, String> groupIds = groupIds(graph);
        groupIds.forEach((group, id) -> nodes.add(element("id", id, "name", group)));
        for (Service s : graph.services()) {
            nodes.add(node(s, groupIds));
        }
        JsonArray edges = new JsonArray();
        for (Service s : graph.services()) {
            edges(s, edges);
        }
        JsonObject elements = new JsonObject();
        elements.add("nodes", nodes);
        elements.add("edges", edges);
        root.add("elements", elements);
        JsonTrees.PRETTY.toJson(root, out);
        out.write("\n");
    }

    /** A compound node id per group that no service id collides with. */
    private static Map<String, String> groupIds(Graph graph) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Service s : graph.services()) {
            if (s.group() != null && !ids.containsKey(s.group())) {
                String id = "group:" + s.group();
                while (graph.contains(ServiceId.of(id)) || ids.containsValue(id)) {
                    id = "group:" + id;
                }
                ids.put(s.group(), id);
            }
        }
        return ids;
    }

    private static JsonObject element(String... keyValues) {
        JsonObject d = new JsonObject();
        for (int i = 0; i < keyValues.length; i += 2) {
            d.addProperty(keyValues[i], keyValues[i + 1]);
        }
        JsonObject e = new JsonObject();
        e.add("data", d);
        return e;
    }

    private static JsonObject node(Service s, Map<String, String> groupIds) {
        JsonObject e = element("id", s.id().value(), "name", s.label(), "kind", s.kind().id());
        JsonObject d = e.getAsJsonObject("data");
        if (s.group() != null) {
            d.addProperty("parent", groupIds.get(s.group()));
            d.addProperty("group", s.group());
        }
        if (s.region() != null) {
            d.addProperty("region", s.region());
        }
        if (s.zone() != null) {
            d.addProperty("zone", s.zone());
        }
        if (!s.tags().isEmpty()) {
            JsonArray tags = new JsonArray();
            s.tags().forEach(tags::add);
            d.add("tags", tags);
        }
        d.addProperty("weight", s.weight());
        if (s.customerFacing()) {
            d.addProperty("customerFacing", true);
        }
        if (s.isUnreliable()) {
            d.addProperty("availability", s.availability());
        }
        if (s.hasDescription()) {
            d.addProperty("description", s.description());
        }
        return e;
    }

    private static void edges(Service s, JsonArray edges) {
        for (ClauseEdges.Edge edge : ClauseEdges.of(s)) {
            Clause c = edge.clause();
            String to = edge.dependency().value();
            JsonObject e = element("id", s.id().value() + " -> " + to + " #" + edges.size(), "source", s.id().value(), "target", to);
            JsonObject d = e.getAsJsonObject("data");
            if (c.soft()) {
                d.addProperty("soft", true);
            }
            if (!c.delay().isZero()) {
                d.addProperty("delay", c.delay().toString());
            }
            if (!c.note().isEmpty()) {
                d.addProperty("note", c.note());
            }
            if (edge.numbered()) {
                d.addProperty("clause", edge.number());
                d.addProperty("need", c.need());
            }
            edges.add(e);
        }
    }
}
