package dev.blastmap.io;

import dev.blastmap.model.Graph;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes a graph in one format. */
public interface GraphWriter {

    /** Writes the graph; does not close {@code out}. */
    void write(Graph graph, Writer out) throws IOException;

    /** Writes the graph to a UTF-8 file, replacing it atomically through {@link AtomicFile}. */
    default void write(Graph graph, Path file) throws IOException {
        AtomicFile.write(file, stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            write(graph, out);
            out.flush();
        });
    }
}
