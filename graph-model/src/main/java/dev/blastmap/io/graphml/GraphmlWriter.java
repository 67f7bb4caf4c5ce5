package dev.blastmap.io.graphml;

import static dev.blastmap.io.assemble.TextEscaping.number;
import static dev.blastmap.io.assemble.TextEscaping.xml;

import dev.blastmap.io.ClauseEdges;
import dev.blastmap.io.GraphWriter;
import dev.blastmap.io.assemble.AttributeMapping;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes GraphML that yEd, Gephi, NetworkX and {@link GraphmlReader} open. Every field of every service is a
 * {@code <data>} of a declared {@code <key>}; an edge points from the dependent to its dependency. A clause
 * of several members is written as one edge per member sharing a {@code clause} number and a {@code need},
 * so that the file reads back to the same graph. Scenarios are not written: GraphML has no place for them.
 */
public final class GraphmlWriter implements GraphWriter {

    private static final String[][] KEYS = {
        {"name", "graph", "string"}, {"description", "graph", "string"}, {"sources", "graph", "string"},
        {"label", "node", "string"}, {"kind", "node", "string"}, {"region", "node", "string"},
        {"zone", "node", "string"}, {"group", "node", "string"}, {"tags", "node", "string"},
        {"weight", "node", "double"}, {"customerFacing", "node", "boolean"},
        {"availability", "node", "double"},
        {"soft", "edge", "boolean"}, {"delay", "edge", "string"}, {"note", "edge", "string"},
        {"clause", "edge", "int"}, {"need", "edge", "int"},
    };

    @Override
    public void write(Graph graph, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                + "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        for (String[] key : KEYS) {
            out.write("  <key id=\"" + key[0] + "\" for=\"" + key[1] + "\" attr.name=\"" + key[0]
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
        out.write("    <node id=\"" + xml(s.id().value()) + "\">\n");
        data(out, "      ", "label", s.label());
        data(out, "      ", "kind", s.kind().id());
        data(out, "      ", "region", s.region());
        data(out, "      ", "zone", s.zone());
        data(out, "      ", "group", s.group());
        data(out, "      ", "tags", AttributeMapping.joinTags(s.tags()));
        data(out, "      ", "weight", number(s.weight()));
        data(out, "      ", "customerFacing", s.customerFacing() ? "true" : "");
        data(out, "      ", "availability", s.isUnreliable() ? Double.toString(s.availability()) : "");
        out.write("    </node>\n");
    }

    private static void edges(Writer out, Service s) throws IOException {
        List<Clause> clauses = s.dependsOn();
        boolean[] numberedClauses = ClauseEdges.numbered(s);
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            boolean numbered = numberedClauses[i];
            for (ServiceId m : c.members()) {
                out.write("    <edge source=\"" + xml(s.id().value()) + "\" target=\"" + xml(m.value()) + "\"");
                if (!c.soft() && c.delay().isZero() && c.note().isEmpty() && !numbered) {
                    out.write("/>\n");
                    continue;
                }
                out.write(">\n");
                data(out, "      ", "soft", c.soft() ? "true" : "");
                data(out, "      ", "delay", c.delay().isZero() ? "" : c.delay().toString());
                data(out, "      ", "note", c.note());
                if (numbered) {
                    data(out, "      ", "clause", Integer.toString(i));
                    data(out, "      ", "need", Integer.toString(c.need()));
                }
                out.write("    </edge>\n");
            }
        }
    }

    private static void data(Writer out, String indent, String key, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            out.write(indent + "<data key=\"" + key + "\">" + xml(value) + "</data>\n");
        }
    }
}
