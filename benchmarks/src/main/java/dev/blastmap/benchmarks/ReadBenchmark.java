package dev.blastmap.benchmarks;

import dev.blastmap.io.formats.GraphFormat;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.ReadResult;
import dev.blastmap.model.Graph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Opening a 100,000-service file the way the app and the command line do ({@link GraphFormats#read(Path)}:
 * size check, sniffing, parsing, building the immutable graph). The file is the synthetic graph of the
 * engine benchmarks (100,000 services, 500,000 dependencies) written once by the format's own writer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class ReadBenchmark {

    /** The format's registry name. */
    @Param({"graphml", "blastmap", "dot", "cytoscape"})
    public String format;

    /** How many services the file has. */
    @Param({"100000"})
    public int services;

    private Path file;

    /** Writes the file once. */
    @Setup
    public void write() throws IOException {
        GraphFormat f = GraphFormats.byName(format).orElseThrow();
        Graph graph = SyntheticGraphs.generate(services, services * 5, 1);
        file = Files.createTempFile("blastmap-read-", "." + f.extensions().get(0));
        GraphFormats.write(graph, file, f);
    }

    /** Removes the file. */
    @TearDown
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Reads the file into a graph. */
    @Benchmark
    public ReadResult read() throws IOException, GraphImportException {
        return GraphFormats.read(file);
    }
}
