package dev.blastmap.benchmarks;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.concurrent.TimeUnit;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The naive way to rank, for comparison: knock out each service in turn and walk a JGraphT
 * {@link BreadthFirstIterator} over an {@link EdgeReversedGraph} (from a service to its dependents) of the
 * hard dependencies, on the 20k/100k synthetic graph. It is not even exact (it treats every clause as
 * allOf and ignores nothing but soft clauses), so it only bounds from below what a per-source search costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BaselineBenchmark {

    private DefaultDirectedGraph<ServiceId, DefaultEdge> dependencies;

    /** Builds the JGraphT graph once (dependent to dependency); building it is not measured. */
    @Setup
    public void setUp() {
        Graph graph = SyntheticGraphs.generate(20_000, 100_000, 1);
        dependencies = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (Service s : graph.services()) {
            dependencies.addVertex(s.id());
        }
        for (Service s : graph.services()) {
            for (Clause c : s.dependsOn()) {
                if (!c.soft()) {
                    for (ServiceId m : c.members()) {
                        dependencies.addEdge(s.id(), m);
                    }
                }
            }
        }
    }

    /** One breadth-first search per service; returns the total of the reach sizes. */
    @Benchmark
    public long knockOutEachServiceWithBreadthFirstSearch() {
        EdgeReversedGraph<ServiceId, DefaultEdge> dependents = new EdgeReversedGraph<>(dependencies);
        long total = 0;
        for (ServiceId source : dependencies.vertexSet()) {
            BreadthFirstIterator<ServiceId, DefaultEdge> walk = new BreadthFirstIterator<>(dependents, source);
            while (walk.hasNext()) {
                walk.next();
                total++;
            }
        }
        return total;
    }
}
