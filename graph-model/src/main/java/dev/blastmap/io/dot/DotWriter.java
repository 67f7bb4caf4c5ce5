package dev.blastmap.io.dot;

import static dev.blastmap.text.DotText.quote;

import dev.blastmap.io.ClauseEdges;
import dev.blastmap.io.GraphWriter;
import dev.blastmap.io.HoldableText;
import dev.blastmap.io.assemble.AttributeMapping;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.text.DotText;
import dev.blastmap.text.PlainNumber;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes Graphviz DOT: {@code dependent -> dependency}, drawn bottom-up so that dependents sit above their
 * dependencies; each group is a {@code subgraph "cluster_<group>"} labelled with the group. Service fields
 * are extra node attributes Graphviz ignores but {@link DotReader} reads back; a clause of several members
 * is one edge per member with {@code clause} and {@code need}. Scenarios are not written.
 */
public final class DotWriter implements GraphWriter {

    @Override
    public void write(Graph graph, Writer out) throws IOException {
        HoldableText.require(graph, "DOT", "the NUL character", DotText::canHold);
        out.write("digraph blastmap {\n");
        if (!graph.name().isEmpty()) {
            out.write("  label = " + quote(graph.name()) + ";\n");
        }
        if (!graph.description().isEmpty()) {
            out.write("  comment = " + quote(graph.description()) + ";\n");
        }
        if (!graph.sources().isEmpty()) {
            out.write("  sources = " + quote(String.join("\n", graph.sources())) + ";\n");
        }
        out.write("  rankdir = \"TB\";\n  node [shape = box];\n");
        for (Service s : graph.services()) {
            out.write("  " + quote(s.id().value()) + " [" + nodeAttributes(s) + "];\n");
        }
        // clusters only mention their members, so that nodes keep their order in the file
        Map<String, List<Service>> groups = new LinkedHashMap<>();
        for (Service s : graph.services()) {
            if (s.group() != null) {
                groups.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s);
            }
        }
        for (Map.Entry<String, List<Service>> g : groups.entrySet()) {
            out.write("  subgraph " + quote("cluster_" + g.getKey()) + " {\n    label = " + quote(g.getKey()) + ";\n   ");
            for (Service s : g.getValue()) {
                out.write(" " + quote(s.id().value()) + ";");
            }
            out.write("\n  }\n");
        }
        for (Service s : graph.services()) {
            edges(out, s);
        }
        out.write("}\n");
    }

    private static String nodeAttributes(Service s) {
        List<String> attrs = new ArrayList<>();
        attrs.add("label = " + quote(s.label()));
        attrs.add("kind = " + quote(s.kind().id()));
        if (s.region() != null) {
            attrs.add("region = " + quote(s.region()));
        }
        if (s.zone() != null) {
            attrs.add("zone = " + quote(s.zone()));
        }
        if (s.group() != null) {
            attrs.add("group = " + quote(s.group()));
        }
        if (!s.tags().isEmpty()) {
            attrs.add("tags = " + quote(AttributeMapping.joinTags(s.tags())));
        }
        if (s.weight() != 1) {
            attrs.add("weight = " + quote(PlainNumber.of(s.weight())));
        }
        if (s.customerFacing()) {
            attrs.add("customerFacing = true");
        }
        if (s.isUnreliable()) {
            attrs.add("availability = " + quote(Double.toString(s.availability())));
        }
        if (s.hasDescription()) {
            attrs.add("description = " + quote(s.description()));
        }
        return String.join(", ", attrs);
    }

    private static void edges(Writer out, Service s) throws IOException {
        for (ClauseEdges.Edge e : ClauseEdges.of(s)) {
            Clause c = e.clause();
            List<String> attrs = new ArrayList<>();
            if (c.soft()) {
                attrs.add("soft = true");
                attrs.add("style = dashed");
            }
            if (!c.delay().isZero()) {
                attrs.add("delay = " + quote(c.delay().toString()));
            }
            if (!c.note().isEmpty()) {
                attrs.add("note = " + quote(c.note()));
            }
            if (e.numbered()) {
                attrs.add("clause = " + e.number());
                attrs.add("need = " + c.need());
            }
            out.write("  " + quote(s.id().value()) + " -> " + quote(e.dependency().value())
                    + (attrs.isEmpty() ? "" : " [" + String.join(", ", attrs) + "]") + ";\n");
        }
    }
}
