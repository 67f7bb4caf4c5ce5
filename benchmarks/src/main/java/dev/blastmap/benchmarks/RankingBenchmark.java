package dev.blastmap.benchmarks;

import dev.blastmap.analysis.SpofEntry;
import dev.blastmap.analysis.SpofRanking;
import dev.blastmap.model.Graph;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The exact SPOF ranking of the synthetic graphs, compiling the graph included. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RankingBenchmark {

    /** services/dependencies. */
    @Param({"20000/100000", "100000/500000"})
    public String shape;

    private Graph graph;

    /** Builds the graph once. */
    @Setup
    public void setUp() {
        String[] parts = shape.split("/");
        graph = SyntheticGraphs.generate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 1);
    }

    /** Ranks every service. */
    @Benchmark
    public List<SpofEntry> rank() {
        return SpofRanking.rank(graph);
    }
}
