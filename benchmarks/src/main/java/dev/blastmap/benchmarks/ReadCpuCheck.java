package dev.blastmap.benchmarks;

import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.formats.GraphFormat;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.model.Graph;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads one format's 100k file (the file of {@link ReadBenchmark}: the engine benchmarks' synthetic graph,
 * written by the format's own writer) several times in one JVM and prints, per read, the wall-clock time, the
 * reading thread's own CPU time and the collectors' time. On a shared machine the wall clock mostly measures
 * waiting for a core; the thread's CPU time is what the reader itself costs, and is what profiles and
 * before/after comparisons of a reader should quote.
 *
 * <pre>{@code java -Xmx4g -cp benchmarks/target/benchmarks.jar dev.blastmap.benchmarks.ReadCpuCheck FORMAT [SERVICES [READS]]}</pre>
 */
public final class ReadCpuCheck {

    private ReadCpuCheck() {
    }

    /** {@code FORMAT [SERVICES [READS]]}: a registry name such as {@code cytoscape}; 100,000 services, 5 reads. */
    public static void main(String[] args) throws IOException, GraphImportException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: ReadCpuCheck FORMAT [SERVICES [READS]]");
            System.exit(2);
        }
        GraphFormat format = GraphFormats.byName(args[0]).orElseThrow(() -> new IllegalArgumentException(args[0]));
        int services = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int reads = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path file = Files.createTempFile("blastmap-read-", "." + format.extensions().get(0));
        try {
            GraphFormats.write(SyntheticGraphs.generate(services, services * 5, 1), file, format);
            System.out.printf("%s, %d services, %d MB%n", format.name(), services, Files.size(file) >> 20);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            double[] cpu = new double[reads];
            for (int i = 0; i < reads; i++) {
                System.gc();
                long wall0 = System.nanoTime();
                long cpu0 = threads.getCurrentThreadCpuTime();
                long gc0 = gcMillis();
                Graph graph = GraphFormats.read(file).graph();
                cpu[i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
                System.out.printf("read %d: %.2f s wall, %.2f s thread CPU, %.2f s GC, %d services%n", i + 1,
                        (System.nanoTime() - wall0) / 1e9, cpu[i], (gcMillis() - gc0) / 1e3, graph.size());
            }
            double[] sorted = cpu.clone();
            Arrays.sort(sorted);
            System.out.printf("median thread CPU %.2f s%n", sorted[reads / 2]);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
