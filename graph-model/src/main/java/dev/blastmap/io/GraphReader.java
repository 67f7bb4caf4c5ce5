package dev.blastmap.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a graph in one format. Input is untrusted: a reader reports everything wrong with it as
 * {@link Problem}s inside one {@link GraphImportException}, and never throws anything else for bad input.
 */
public interface GraphReader {

    /**
     * Reads a graph.
     *
     * @param in     the text; the reader does not close it
     * @param source the file name used in problems, or {@code <stdin>}
     * @throws GraphImportException if the input is not a valid graph in this format
     * @throws IOException          if reading the input itself fails
     */
    ReadResult read(Reader in, String source) throws GraphImportException, IOException;

    /** Reads UTF-8 text from a stream; the stream is not closed. */
    default ReadResult read(InputStream in, String source) throws GraphImportException, IOException {
        return read(new InputStreamReader(in, StandardCharsets.UTF_8), source);
    }

    /** Reads a UTF-8 file. */
    default ReadResult read(Path file) throws GraphImportException, IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }
}
