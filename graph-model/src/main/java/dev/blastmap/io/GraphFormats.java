package dev.blastmap.io;

import dev.blastmap.io.json.JsonGraphReader;
import dev.blastmap.io.json.JsonGraphWriter;
import dev.blastmap.model.Graph;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The registry of formats: picks a reader by file name and, where names are ambiguous ({@code .json},
 * {@code .xml}, ...), by sniffing the content; picks a writer by name or extension.
 */
public final class GraphFormats {

    /** Files larger than this are refused before reading, so a huge file cannot exhaust memory. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private static final int SNIFF_BYTES = 8192;

    /** The native format, {@code *.blastmap.json}. */
    public static final GraphFormat NATIVE = new GraphFormat("blastmap", "Blastmap JSON (*.blastmap.json)",
            List.of("blastmap.json", "json"), new JsonGraphReader(), new JsonGraphWriter(),
            head -> head.contains("\"blastmap\""));

    private static final List<GraphFormat> ALL = List.of(NATIVE);

    private GraphFormats() {
    }

    /** Every format, readers and writers. */
    public static List<GraphFormat> all() {
        return ALL;
    }

    /** The format with this short name. */
    public static Optional<GraphFormat> byName(String name) {
        return ALL.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * Reads a graph from a file, choosing the format by name and content.
     *
     * @throws GraphImportException if the file is too large, of no known format, or not valid
     */
    public static ReadResult read(Path file) throws GraphImportException, IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw GraphImportException.of(file.toString(), 0, 0, "the file is " + (size >> 20)
                    + " MiB; Blastmap reads graphs of at most " + (MAX_FILE_BYTES >> 20) + " MiB");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** Reads a graph from a stream (standard input, a bundled resource), choosing the format by content. */
    public static ReadResult read(InputStream raw, String source) throws GraphImportException, IOException {
        BufferedInputStream in = new BufferedInputStream(raw, SNIFF_BYTES);
        in.mark(SNIFF_BYTES);
        String head = new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8);
        in.reset();
        GraphFormat format = forReading(source, head);
        return format.reader().read(in, source);
    }

    /** The reader format for a file of this name whose text starts with {@code head}. */
    public static GraphFormat forReading(String fileName, String head) throws GraphImportException {
        List<GraphFormat> readers = ALL.stream().filter(f -> f.reader() != null).toList();
        for (GraphFormat f : readers) {
            if (f.matchesName(fileName) && f.sniffer().test(head)) {
                return f;
            }
        }
        for (GraphFormat f : readers) {
            if (f.sniffer().test(head)) {
                return f;
            }
        }
        throw GraphImportException.of(fileName, 0, 0, "not a graph format Blastmap reads; it reads "
                + String.join(", ", readers.stream().map(GraphFormat::description).toList()));
    }

    /** Writes a graph in the named format. */
    public static void write(Graph graph, Path file, GraphFormat format) throws IOException {
        format.writer().write(graph, file);
    }
}
