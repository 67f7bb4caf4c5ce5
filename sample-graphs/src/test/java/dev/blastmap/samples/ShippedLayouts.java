package dev.blastmap.samples;

import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import dev.blastmap.layout.LayoutFile;
import dev.blastmap.model.Graph;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Lays out every sample with the automatic layout and writes {@code NAME.layout.json} beside it in the jar,
 * so that the app opens a sample without laying it out (see {@link LayoutFile}). Run by the build at
 * prepare-package: {@code ShippedLayouts SAMPLE_DIR OUT_DIR}.
 */
public final class ShippedLayouts {

    private ShippedLayouts() {
    }

    /** Writes the layout of each {@code *.blastmap.json} in {@code args[0]} into {@code args[1]}. */
    public static void main(String[] args) throws IOException, GraphImportException {
        Path out = Files.createDirectories(Path.of(args[1]));
        try (DirectoryStream<Path> samples = Files.newDirectoryStream(Path.of(args[0]), "*.blastmap.json")) {
            for (Path sample : samples) {
                write(sample, out);
            }
        }
    }

    /** Lays out one sample and writes its layout file into {@code out}; returns the file. */
    static Path write(Path sample, Path out) throws IOException, GraphImportException {
        byte[] content = Files.readAllBytes(sample);
        String name = sample.getFileName().toString();
        Graph graph = GraphFormats.read(new ByteArrayInputStream(content), name).graph();
        Layout layout = LayoutAlgorithm.automatic().layout(graph);
        Path file = out.resolve(LayoutFile.nameBeside(name));
        LayoutFile.write(layout, LayoutFile.fingerprint(content), file);
        return file;
    }
}
