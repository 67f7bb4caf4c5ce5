package dev.blastmap.app.document;

import dev.blastmap.io.GraphFormats;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads files and bundled samples into {@link GraphDocument}s through the format registry. Runs on a worker
 * thread; any problem comes back as one {@link GraphImportException} listing every problem found.
 */
public final class GraphLoading {

    /** Where the bundled samples live on the class path. */
    public static final String SAMPLES = "/samples/";

    private GraphLoading() {
    }

    /** Reads a file of any format the registry knows. */
    public static GraphDocument load(Path file) throws GraphImportException {
        try {
            ReadResult result = GraphFormats.read(file);
            return new GraphDocument(result.graph(), titleOf(result, file.getFileName().toString()), file,
                    result.warnings());
        } catch (IOException e) {
            throw GraphImportException.of(file.toString(), 0, 0, "cannot read the file: " + describe(e));
        }
    }

    /** Reads a bundled sample by its file name, e.g. {@code aws-us-east-1-2025-10.blastmap.json}. */
    public static GraphDocument loadSample(String fileName) throws GraphImportException {
        try (InputStream in = GraphLoading.class.getResourceAsStream(SAMPLES + fileName)) {
            if (in == null) {
                throw GraphImportException.of(fileName, 0, 0, "no bundled sample of that name");
            }
            ReadResult result = GraphFormats.read(in, fileName);
            return new GraphDocument(result.graph(), titleOf(result, fileName), null, result.warnings());
        } catch (IOException e) {
            throw GraphImportException.of(fileName, 0, 0, "cannot read the sample: " + describe(e));
        }
    }

    private static String titleOf(ReadResult result, String fallback) {
        String name = result.graph().name();
        return name.isBlank() ? fallback : name;
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
