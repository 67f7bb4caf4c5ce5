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
     * The one input size limit: the registry refuses larger files and streams before reading, and a reader
     * that bounds its own input (a YAML code point limit, a counting reader) takes its bound from here, so a
     * huge file cannot exhaust memory whichever way it comes in. 512 MiB holds a native graph of 1,000,000
     * services and 5,000,000 dependencies (about 300 MB), the most {@code GraphAssembler} accepts.
     */
    long MAX_FILE_BYTES = 512L * 1024 * 1024;

    /**
     * Refuses a regular file over {@link #MAX_FILE_BYTES} before it is read; anything else (a pipe, a missing
     * file) is left to the reading to report.
     *
     * @throws GraphImportException naming the file's size and the limit
     */
    static void requireReadableSize(Path file) throws GraphImportException, IOException {
        long size = Files.isRegularFile(file) ? Files.size(file) : 0;
        if (size > MAX_FILE_BYTES) {
            throw GraphImportException.of(file.toString(), 0, 0, "the file is " + (size >> 20)
                    + " MiB; Blastmap reads graphs of at most " + (MAX_FILE_BYTES >> 20) + " MiB");
        }
    }

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

    /** Reads a UTF-8 file; a file over {@link #MAX_FILE_BYTES} is refused before reading. */
    default ReadResult read(Path file) throws GraphImportException, IOException {
        requireReadableSize(file);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }
}
