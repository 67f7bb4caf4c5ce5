package dev.blastmap.benchmarks;

import dev.blastmap.analysis.SpofEntry;
import dev.blastmap.analysis.SpofRanking;
import dev.blastmap.io.GraphFormats;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.json.JsonGraphWriter;
import dev.blastmap.model.Graph;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks, outside JMH, that a 100k-service / 500k-dependency graph loads from a file and ranks in a fresh
 * JVM within the heap it is given: {@code write FILE} generates the graph and writes it as
 * {@code .blastmap.json}; {@code read FILE} (run with {@code -Xmx1g}) reads it back, ranks it once, cold,
 * and prints the times and the heap in use.
 */
public final class LargeGraphCheck {

    private LargeGraphCheck() {
    }

    /** {@code write FILE} or {@code read FILE}. */
    public static void main(String[] args) throws IOException, GraphImportException {
        if (args.length != 2 || !List.of("write", "read").contains(args[0])) {
            System.err.println("usage: LargeGraphCheck write|read FILE");
            System.exit(2);
        }
        Path file = Path.of(args[1]);
        if (args[0].equals("write")) {
            new JsonGraphWriter().write(SyntheticGraphs.generate(100_000, 500_000, 1), file);
            return;
        }
        long start = System.nanoTime();
        Graph graph = GraphFormats.read(file).graph();
        long read = System.nanoTime();
        List<SpofEntry> ranking = SpofRanking.rank(graph);
        long ranked = System.nanoTime();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("read %.2f s, ranked %d services in %.2f s (first call), heap used %d MB of %d MB%n",
                (read - start) / 1e9, ranking.size(), (ranked - read) / 1e9,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
    }
}
