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
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The naive way to rank, for comparison, exactly as the issue names it: for each service in turn, a JGraphT
 * {@link BreadthFirstIterator} from it over an {@link EdgeReversedGraph} (from a service to its dependents) of
 * a JGraphT graph of the hard dependencies built in setup, on the 20k/100k synthetic graph. It is not even
 * exact (it treats every clause as allOf and ignores nothing but soft clauses), so it only bounds from below
 * what a per-source search costs.
 *
 * <p>One call takes about half a second, allocates a lot and warms up slowly, so it runs in average-time
 * mode (several calls per iteration), with five warm-up iterations and three forks by default.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgs = "-Xmx1g")
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
public class BaselineBenchmark {

    private DefaultDirectedGraph<ServiceId, DefaultEdge> dependencies;
    private EdgeReversedGraph<ServiceId, DefaultEdge> dependents;

    /** Builds the JGraphT graph (dependent to dependency) and its reversed view once; not measured. */
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
        dependents = new EdgeReversedGraph<>(dependencies);
    }

    /** One breadth-first search per service; returns the total of the reach sizes. */
    @Benchmark
    public long knockOutEachServiceWithBreadthFirstSearch() {
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
