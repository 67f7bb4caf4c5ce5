package dev.blastmap.io.csv;

import static dev.blastmap.text.CsvText.field;

import dev.blastmap.io.GraphExportException;
import dev.blastmap.io.ClauseEdges;
import dev.blastmap.io.GraphWriter;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.text.MessageText;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes an edge list {@code source,target,type}: one row per dependency, {@code type} {@code hard} or
 * {@code soft}, and a row {@code id,,} for each service without dependencies, so that no service is lost. When
 * some service has an availability below 1, a fourth column {@code availability} gives each row's source its
 * own (empty for 1). Lossy: labels, kinds, places, weights, k-of-n needs, delays and notes are not written;
 * every member of a clause becomes its own row.
 */
public final class CsvWriter implements GraphWriter {

    @Override
    public void write(Graph graph, Writer out) throws IOException {
        for (Service s : graph.services()) {
            if (s.id().value().length() > CsvRecords.MAX_FIELD) {
                throw new GraphExportException("CSV cannot hold an id longer than " + CsvRecords.MAX_FIELD
                        + " characters (Blastmap's CSV reader refuses such fields), which "
                        + MessageText.quoted(s.id().value()) + " is; keep the graph as Blastmap JSON");
            }
        }
        boolean availability = graph.services().stream().anyMatch(Service::isUnreliable);
        out.write(availability ? "source,target,type,availability\r\n" : "source,target,type\r\n");
        for (Service s : graph.services()) {
            String own = availability ? "," + (s.isUnreliable() ? Double.toString(s.availability()) : "") : "";
            if (s.dependsOn().isEmpty()) {
                out.write(field(s.id().value()) + ",," + own + "\r\n");
            }
            for (ClauseEdges.Edge e : ClauseEdges.of(s)) {
                out.write(field(s.id().value()) + "," + field(e.dependency().value()) + ","
                        + (e.clause().soft() ? "soft" : "hard") + own + "\r\n");
            }
        }
    }
}
