package dev.blastmap.io;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Fixture files and small helpers shared by the format tests. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The text of {@code /io/<path>} on the test class path. */
    public static String text(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/io/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a fixture with a reader. */
    public static ReadResult read(GraphReader reader, String path) throws GraphImportException {
        return read(reader, text(path), path);
    }

    /** Reads text with a reader. */
    public static ReadResult read(GraphReader reader, String text, String source) throws GraphImportException {
        try {
            return reader.read(new StringReader(text), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a writer writes. */
    public static String write(GraphWriter writer, Graph graph) {
        StringWriter out = new StringWriter();
        try {
            writer.write(graph, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The ids of a service's dependencies, in order. */
    public static List<String> dependencies(Graph graph, String id) {
        return graph.require(ServiceId.of(id)).dependencies().stream().map(ServiceId::value).toList();
    }

    /** Every service id, in order. */
    public static List<String> ids(Graph graph) {
        return graph.services().stream().map(Service::id).map(ServiceId::value).toList();
    }

    /** The edges of a graph as {@code a -> b} strings, soft ones marked {@code ~>}. */
    public static List<String> edges(Graph graph) {
        return graph.services().stream().flatMap(s -> s.dependsOn().stream().flatMap(c -> c.members().stream()
                .map(m -> s.id() + (c.soft() ? " ~> " : " -> ") + m))).toList();
    }
}
