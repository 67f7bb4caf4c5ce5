package dev.blastmap.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import dev.blastmap.analysis.SpofEntry;
import dev.blastmap.analysis.SpofRanking;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.json.JsonGraphWriter;
import dev.blastmap.model.Graph;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks, outside JMH, that a large graph loads from a file and ranks in a fresh JVM within the heap it is
 * given: {@code write FILE [SERVICES DEPENDENCIES]} generates the graph (100k / 500k unless given; issue 13
 * asks for 1M / 5M) and writes it as {@code .blastmap.json}; {@code read FILE} (run with {@code -Xmx1g} for
 * 100k, {@code -Xmx4g} for 1M) reads it back, ranks it once, cold, and prints the times and the heap in use.
 */
public final class LargeGraphCheck {

    private LargeGraphCheck() {
    }

    /** {@code write FILE [SERVICES DEPENDENCIES]} or {@code read FILE}. */
    public static void main(String[] args) throws IOException, GraphImportException {
        boolean write = args.length >= 2 && args[0].equals("write") && (args.length == 2 || args.length == 4);
        if (!write && (args.length != 2 || !args[0].equals("read"))) {
            System.err.println("usage: LargeGraphCheck write FILE [SERVICES DEPENDENCIES] | read FILE");
            System.exit(2);
        }
        Path file = Path.of(args[1]);
        if (write) {
            int services = args.length == 4 ? Integer.parseInt(args[2]) : 100_000;
            int dependencies = args.length == 4 ? Integer.parseInt(args[3]) : 500_000;
            new JsonGraphWriter().write(SyntheticGraphs.generate(services, dependencies, 1), file);
            return;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean system = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
        double load0 = system.getSystemLoadAverage();
        long start = System.nanoTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long process0 = system.getProcessCpuTime();
        long gc0 = gcMillis();
        Graph graph = GraphFormats.read(file).graph();
        long read = System.nanoTime();
        long cpu1 = threads.getCurrentThreadCpuTime();
        long process1 = system.getProcessCpuTime();
        long gc1 = gcMillis();
        List<SpofEntry> ranking = SpofRanking.rank(graph);
        long ranked = System.nanoTime();
        long cpu2 = threads.getCurrentThreadCpuTime();
        long process2 = system.getProcessCpuTime();
        long gc2 = gcMillis();
        Runtime runtime = Runtime.getRuntime();
        // under load the wall clock mostly measures waiting for a core; the thread's CPU time, the process's
        // (every thread, collectors included) and the collectors' pauses say what the work itself costs
        System.out.printf("read %.2f s (thread CPU %.2f s, process CPU %.2f s, GC %.2f s), ranked %d services in "
                        + "%.2f s (thread CPU %.2f s, process CPU %.2f s, GC %.2f s, first call), heap used %d MB of "
                        + "%d MB, load average %.1f before, %.1f after%n",
                (read - start) / 1e9, (cpu1 - cpu0) / 1e9, (process1 - process0) / 1e9, (gc1 - gc0) / 1e3,
                ranking.size(), (ranked - read) / 1e9, (cpu2 - cpu1) / 1e9, (process2 - process1) / 1e9,
                (gc2 - gc1) / 1e3, (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20,
                load0, system.getSystemLoadAverage());
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
