package dev.blastmap.benchmarks;

import dev.blastmap.analysis.Progress;
import dev.blastmap.analysis.availability.AvailabilityAnalysis;
import dev.blastmap.analysis.availability.AvailabilityResult;
import dev.blastmap.analysis.availability.AvailabilitySettings;
import dev.blastmap.analysis.availability.TooManyUnreliableException;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code blastmap availability} in-process on the synthetic graphs with every service unreliable (the worst
 * case: every cone is large, so nearly everything is sampled): default settings, 1,000,000 scenarios, the
 * graph compiled inside the measured call. One call takes seconds, so few iterations: single-shot, one fork.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class AvailabilityBenchmark {

    /** services/dependencies. */
    @Param({"20000/100000"})
    public String shape;

    private Graph graph;

    /** Builds the graph once. */
    @Setup
    public void setUp() {
        String[] parts = shape.split("/");
        graph = withAvailabilities(SyntheticGraphs.generate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                1), 1);
    }

    /** Every service's availability, 1M scenarios where sampled. */
    @Benchmark
    public AvailabilityResult defaults() throws TooManyUnreliableException {
        return AvailabilityAnalysis.compute(graph, AvailabilitySettings.defaults(), Progress.NONE);
    }

    /**
     * The graph with an availability on every service, as published figures go: DNS and identity five nines,
     * networks and control planes four, compute 99.95%, everything else from 99.9% to 99.99%.
     */
    public static Graph withAvailabilities(Graph graph, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Service> services = graph.services().stream().map(s -> s.toBuilder().availability(switch (s.kind()) {
            case DNS, IDENTITY -> 0.99999;
            case NETWORK, CONTROL_PLANE -> 0.9999;
            case COMPUTE -> 0.9995;
            default -> 0.999 + 0.0009 * random.nextDouble();
        }).build()).toList();
        return new Graph(graph.name(), graph.description(), graph.sources(), services, graph.scenarios());
    }
}
