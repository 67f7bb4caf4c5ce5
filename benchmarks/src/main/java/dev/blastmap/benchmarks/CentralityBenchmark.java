package dev.blastmap.benchmarks;

import dev.blastmap.analysis.Centrality;
import dev.blastmap.analysis.Reachability;
import dev.blastmap.analysis.StructuralImportance;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jgrapht.alg.scoring.PageRank;
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
 * JGraphT on the live view of the synthetic graphs ({@link Graph#asJGraphT()}): PageRank alone, both centrality
 * scores as {@code rank --centrality} computes them, and the "could ever be affected" search from the global
 * DNS service (the largest upstream cone). Betweenness is Brandes' algorithm, one search per service, so the
 * 20k graph takes minutes: one fork, single-shot iterations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class CentralityBenchmark {

    /** services/dependencies. */
    @Param({"2000/10000", "20000/100000"})
    public String shape;

    private Graph graph;

    /** Builds the graph once and builds its view's index of incoming edges, as the app has by then. */
    @Setup
    public void setUp() {
        String[] parts = shape.split("/");
        graph = SyntheticGraphs.generate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 1);
        graph.asJGraphT().incomingEdgesOf(SyntheticGraphs.DNS);
    }

    /** Betweenness and PageRank of every service. */
    @Benchmark
    public List<Centrality> centrality() {
        return StructuralImportance.of(graph);
    }

    /** PageRank alone, on the view. */
    @Benchmark
    public Map<ServiceId, Double> pageRank() {
        return new PageRank<>(graph.asJGraphT()).getScores();
    }

    /** Every service the global DNS service could ever affect. */
    @Benchmark
    public Set<ServiceId> couldBeAffectedByDns() {
        return Reachability.couldBeAffected(graph, List.of(SyntheticGraphs.DNS));
    }
}
