package dev.blastmap.io.json;

import dev.blastmap.io.GraphWriter;
import dev.blastmap.model.Graph;
import java.io.Writer;

/** Writes the native format, {@code *.blastmap.json}; see docs/format.md. */
public final class JsonGraphWriter implements GraphWriter {

    @Override
    public void write(Graph graph, Writer out) {
        throw new UnsupportedOperationException("not yet written");
    }
}
