package dev.blastmap.benchmarks;

import dev.blastmap.analysis.Progress;
import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.analysis.SpofEntry;
import dev.blastmap.analysis.SpofRanking;
import dev.blastmap.model.Graph;
import java.util.List;
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
 * The exact SPOF ranking of the synthetic graphs: {@code rank} from a {@link Graph} (compiling it into arrays
 * included, what {@code blastmap rank} does), and {@code rankCompiled} from an engine that already exists (what
 * the app does, since it compiled the graph for knockouts when it was opened). Two forks of five iterations by
 * default, in a 1 GB heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgs = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RankingBenchmark {

    /** services/dependencies. */
    @Param({"20000/100000", "100000/500000"})
    public String shape;

    private Graph graph;
    private PropagationEngine engine;

    /** Builds the graph once. */
    @Setup
    public void setUp() {
        String[] parts = shape.split("/");
        graph = SyntheticGraphs.generate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 1);
        engine = new PropagationEngine(graph);
    }

    /** Compiles the graph and ranks every service. */
    @Benchmark
    public List<SpofEntry> rank() {
        return SpofRanking.rank(graph);
    }

    /** Ranks every service of an already compiled graph. */
    @Benchmark
    public List<SpofEntry> rankCompiled() {
        return SpofRanking.rank(engine, Progress.NONE);
    }
}
