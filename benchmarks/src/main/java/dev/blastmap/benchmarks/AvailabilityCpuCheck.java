package dev.blastmap.benchmarks;

import dev.blastmap.analysis.Progress;
import dev.blastmap.analysis.availability.AvailabilityAnalysis;
import dev.blastmap.analysis.availability.AvailabilityResult;
import dev.blastmap.analysis.availability.AvailabilitySettings;
import dev.blastmap.analysis.availability.Method;
import dev.blastmap.analysis.availability.TooManyUnreliableException;
import dev.blastmap.model.Graph;
import java.lang.management.ManagementFactory;

/**
 * Times {@link AvailabilityAnalysis} with default settings on the graph of {@link AvailabilityBenchmark}, RUNS
 * times in one JVM, printing wall-clock and process CPU time per run and the load average: on a shared
 * machine the CPU time says what the computation costs when the wall-clock time says mostly how busy the
 * machine was. Usage: {@code AvailabilityCpuCheck RUNS}.
 */
public final class AvailabilityCpuCheck {

    private AvailabilityCpuCheck() {
    }

    /** Runs the computation {@code args[0]} times. */
    public static void main(String[] args) throws TooManyUnreliableException {
        int runs = args.length == 1 ? Integer.parseInt(args[0]) : 3;
        Graph graph = AvailabilityBenchmark.withAvailabilities(SyntheticGraphs.generate(20_000, 100_000, 1), 1);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < runs; i++) {
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            AvailabilityResult result = AvailabilityAnalysis.compute(graph, AvailabilitySettings.defaults(),
                    Progress.NONE);
            long wall = System.nanoTime() - start;
            cpu = os.getProcessCpuTime() - cpu;
            long exact = result.services().stream().filter(s -> s.method() == Method.EXACT).count();
            long sampledLists = result.importance().stream().filter(r -> r.method() == Method.MONTE_CARLO).count();
            long listed = result.importance().stream().mapToLong(r -> r.components().size()).sum();
            long importanceSamples = result.importance().stream().mapToLong(r -> r.samples()).max().orElse(0);
            System.out.printf("run %d: wall %.1f s, process CPU %.1f s, exact %d of %d, importance lists %d (%d by"
                    + " sampling, %d scenarios), %d components listed, load average %.1f%n", i + 1, wall / 1e9,
                    cpu / 1e9, exact, result.services().size(), result.importance().size(), sampledLists,
                    importanceSamples, listed, os.getSystemLoadAverage());
        }
    }
}
