package dev.blastmap.io.graphml;

import static dev.blastmap.text.XmlText.escape;

import dev.blastmap.io.ClauseEdges;
import dev.blastmap.io.GraphWriter;
import dev.blastmap.io.HoldableText;
import dev.blastmap.io.assemble.AttributeMapping;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.text.PlainNumber;
import dev.blastmap.text.XmlText;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes GraphML that yEd, Gephi, NetworkX and {@link GraphmlReader} open. Every field of every service is a
 * {@code <data>} of a declared {@code <key>}; an edge points from the dependent to its dependency. A clause
 * of several members is written as one edge per member sharing a {@code clause} number and a {@code need},
 * so that the file reads back to the same graph. Scenarios are not written: GraphML has no place for them.
 */
public final class GraphmlWriter implements GraphWriter {

    /** Id, domain, type and, where it differs from the id, the name (yEd's node {@code description}). */
    private static final String[][] KEYS = {
        {"name", "graph", "string"}, {"description", "graph", "string"}, {"sources", "graph", "string"},
        {"label", "node", "string"}, {"kind", "node", "string"}, {"region", "node", "string"},
        {"zone", "node", "string"}, {"group", "node", "string"}, {"tags", "node", "string"},
        {"weight", "node", "double"}, {"customerFacing", "node", "boolean"},
        {"availability", "node", "double"}, {"serviceDescription", "node", "string", "description"},
        {"soft", "edge", "boolean"}, {"delay", "edge", "string"}, {"note", "edge", "string"},
        {"clause", "edge", "int"}, {"need", "edge", "int"},
    };

    @Override
    public void write(Graph graph, Writer out) throws IOException {
        HoldableText.require(graph, "GraphML (XML 1.0)", "control characters", XmlText::canHold);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                + "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        for (String[] key : KEYS) {
            out.write("  <key id=\"" + key[0] + "\" for=\"" + key[1] + "\" attr.name=\"" + (key.length > 3 ? key[3] : key[0])
                    + "\" attr.type=\"" + key[2] + "\"/>\n");
        }
        out.write("  <graph id=\"G\" edgedefault=\"directed\">\n");
        data(out, "    ", "name", graph.name());
        data(out, "    ", "description", graph.description());
        data(out, "    ", "sources", String.join("\n", graph.sources()));
        for (Service s : graph.services()) {
            node(out, s);
        }
        for (Service s : graph.services()) {
            edges(out, s);
        }
        out.write("  </graph>\n</graphml>\n");
    }

    private static void node(Writer out, Service s) throws IOException {
        out.write("    <node id=\"" + escape(s.id().value()) + "\">\n");
        data(out, "      ", "label", s.label());
        data(out, "      ", "kind", s.kind().id());
        data(out, "      ", "region", s.region());
        data(out, "      ", "zone", s.zone());
        data(out, "      ", "group", s.group());
        data(out, "      ", "tags", AttributeMapping.joinTags(s.tags()));
        data(out, "      ", "weight", PlainNumber.of(s.weight()));
        data(out, "      ", "customerFacing", s.customerFacing() ? "true" : "");
        data(out, "      ", "availability", s.isUnreliable() ? Double.toString(s.availability()) : "");
        data(out, "      ", "serviceDescription", s.description());
        out.write("    </node>\n");
    }

    private static void edges(Writer out, Service s) throws IOException {
        for (ClauseEdges.Edge e : ClauseEdges.of(s)) {
            Clause c = e.clause();
            out.write("    <edge source=\"" + escape(s.id().value()) + "\" target=\"" + escape(e.dependency().value()) + "\"");
            if (!c.soft() && c.delay().isZero() && c.note().isEmpty() && !e.numbered()) {
                out.write("/>\n");
                continue;
            }
            out.write(">\n");
            data(out, "      ", "soft", c.soft() ? "true" : "");
            data(out, "      ", "delay", c.delay().isZero() ? "" : c.delay().toString());
            data(out, "      ", "note", c.note());
            if (e.numbered()) {
                data(out, "      ", "clause", Integer.toString(e.number()));
                data(out, "      ", "need", Integer.toString(c.need()));
            }
            out.write("    </edge>\n");
        }
    }

    private static void data(Writer out, String indent, String key, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            out.write(indent + "<data key=\"" + key + "\">" + escape(value) + "</data>\n");
        }
    }
}
