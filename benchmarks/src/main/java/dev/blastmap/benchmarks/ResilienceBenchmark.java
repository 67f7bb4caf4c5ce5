package dev.blastmap.benchmarks;

import dev.blastmap.analysis.Progress;
import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.analysis.resilience.CommonCauseAudit;
import dev.blastmap.analysis.resilience.CommonCauseFinding;
import dev.blastmap.analysis.resilience.MinimalCutSets;
import dev.blastmap.analysis.resilience.WhatIf;
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
 * The resilience analyses of issue 14 on the synthetic graphs: the common-cause audit from a {@link Graph}
 * (compiling included, what {@code blastmap audit} does) and from an already compiled engine (what the app
 * does), the order-2 minimal cut sets of every customer-facing service, and the ten best what-if changes. One fork of three iterations by
 * default, in a 1 GB heap: the order-2 search takes seconds per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class ResilienceBenchmark {

    /** services/dependencies. */
    @Param({"2000/10000", "20000/100000", "100000/500000"})
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

    /** Compiles the graph and audits every redundant clause. */
    @Benchmark
    public List<CommonCauseFinding> audit() {
        return CommonCauseAudit.of(graph).findings();
    }

    /** Audits an already compiled graph. */
    @Benchmark
    public List<CommonCauseFinding> auditCompiled() {
        return CommonCauseAudit.of(engine, Progress.NONE).findings();
    }

    /** Compiles the graph and finds the cut sets of order 1 and 2 of every customer-facing service. */
    @Benchmark
    public MinimalCutSets cutSetsOrder2() {
        return MinimalCutSets.of(graph, 2, List.of());
    }

    /** The ten best single changes, what {@code blastmap whatif} does. */
    @Benchmark
    public WhatIf whatIfTop10() {
        return WhatIf.of(graph, 10);
    }
}
