package dev.blastmap.app.document;

import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.ReadResult;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutFile;
import dev.blastmap.model.Graph;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

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
            return GraphDocument.read(result.graph(), titleOf(result, file.getFileName().toString()), file,
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
            return GraphDocument.read(result.graph(), titleOf(result, fileName), null, result.warnings());
        } catch (IOException e) {
            throw GraphImportException.of(fileName, 0, 0, "cannot read the sample: " + describe(e));
        }
    }

    /**
     * The automatic layout the build shipped beside a bundled sample, if there is one and it was made from this
     * very file (a development build may have none, or an old one); empty otherwise, and then the sample is laid
     * out as any graph is.
     */
    public static Optional<Layout> shippedLayout(String fileName, Graph graph) {
        try (InputStream sample = GraphLoading.class.getResourceAsStream(SAMPLES + fileName);
             InputStream layout = GraphLoading.class.getResourceAsStream(SAMPLES + LayoutFile.nameBeside(fileName))) {
            if (sample == null || layout == null) {
                return Optional.empty();
            }
            String fingerprint = LayoutFile.fingerprint(sample.readAllBytes());
            return LayoutFile.read(new InputStreamReader(layout, StandardCharsets.UTF_8), fingerprint, graph);
        } catch (IOException e) {
            return Optional.empty();
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
