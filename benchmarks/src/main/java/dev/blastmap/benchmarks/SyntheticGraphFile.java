package dev.blastmap.benchmarks;

import dev.blastmap.io.json.JsonGraphWriter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a synthetic graph as {@code .blastmap.json}, for timing the command line as a whole process:
 * {@code SyntheticGraphFile SERVICES DEPENDENCIES FILE}.
 */
public final class SyntheticGraphFile {

    private SyntheticGraphFile() {
    }

    /** {@code SERVICES DEPENDENCIES FILE}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SyntheticGraphFile SERVICES DEPENDENCIES FILE");
            System.exit(2);
        }
        new JsonGraphWriter().write(SyntheticGraphs.generate(Integer.parseInt(args[0]), Integer.parseInt(args[1]), 1),
                Path.of(args[2]));
    }
}
