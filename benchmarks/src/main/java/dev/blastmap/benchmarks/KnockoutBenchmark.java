package dev.blastmap.benchmarks;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
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

/**
 * One knockout on the 20k-service / 100k-dependency synthetic graph, sampled so that JMH reports the median
 * (p0.50). Targets: the global DNS (nearly everything goes down, the worst case), a compute pool (a zone),
 * and one database replica (absorbed by its replica set: the common, cheap case).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KnockoutBenchmark {

    @Param({"dns", "compute-r0-z0", "db-0-r0"})
    public String target;

    private PropagationEngine engine;
    private List<ServiceId> knockedOut;

    /** Builds the graph and compiles the engine once; compiling is not what is measured. */
    @Setup
    public void setUp() {
        Graph graph = SyntheticGraphs.generate(20_000, 100_000, 1);
        engine = new PropagationEngine(graph);
        knockedOut = List.of(ServiceId.of(target));
    }

    /** Knocks the target out and builds the whole blast radius: down list, causes, degraded set, impact. */
    @Benchmark
    public BlastRadius knockOut() {
        return engine.knockOut(knockedOut);
    }
}
