package dev.blastmap.io.csv;

import dev.blastmap.io.ClauseEdges;
import dev.blastmap.io.GraphWriter;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes an edge list {@code source,target,type}: one row per dependency, {@code type} {@code hard} or
 * {@code soft}, and a row {@code id,,} for each service without dependencies, so that no service is lost.
 * Lossy: labels, kinds, places, weights, k-of-n needs, delays and notes are not written; every member of a
 * clause becomes its own row.
 */
public final class CsvWriter implements GraphWriter {

    @Override
    public void write(Graph graph, Writer out) throws IOException {
        out.write("source,target,type\r\n");
        for (Service s : graph.services()) {
            if (s.dependsOn().isEmpty()) {
                out.write(field(s.id().value()) + ",,\r\n");
            }
            for (ClauseEdges.Edge e : ClauseEdges.of(s)) {
                out.write(field(s.id().value()) + "," + field(e.dependency().value()) + ","
                        + (e.clause().soft() ? "soft" : "hard") + "\r\n");
            }
        }
    }

    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                || value.contains(";") || value.contains("\t")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
