package dev.blastmap.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.analysis.SpofRanking;
import dev.blastmap.io.GraphExportException;
import dev.blastmap.io.formats.GraphFormat;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.Problem;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.report.Report;
import dev.blastmap.report.ReportFormat;
import dev.blastmap.report.ReportSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fuzzer: every seed file (one or more of every format Blastmap reads, plus hand-made hostile ones from
 * past defects), and then mutations of them for a fixed time, go through the registry exactly as the app's
 * Open and every command read them. For each input: it reads, or it is refused with problems naming the
 * file; never another exception, never longer than {@link #PER_INPUT_SECONDS}, never out of memory (this
 * class runs in its own JVM with a 512 MB heap, see graph-model/pom.xml). What reads is knocked out, ranked,
 * written by every graph writer and report writer, and what a graph writer writes reads back to the same
 * graph (or the writer refuses the graph with a reason).
 *
 * <p>A small driver rather than a jqwik property: it runs for a time budget instead of a number of tries,
 * gives each input its own timeout on a thread it can abandon (a hung regular expression cannot be
 * interrupted), keeps multi-megabyte inputs that jqwik would try to shrink for minutes, and saves every
 * failing input under {@code target/fuzz-failures} to reproduce it. {@code -Dblastmap.fuzz.seconds=N} changes
 * the budget (default 60), {@code -Dblastmap.fuzz.seed=S} the random seed (default: the current time, printed).
 */
class HostileInputFuzzTest {

    private static final long PER_INPUT_SECONDS = 30;
    private static final List<String> NAMES = List.of("g.json", "g.blastmap.json", "g.graphml", "g.xml", "g.dot",
            "g.gml", "g.csv", "g.yaml", "g.cyjs", "<stdin>", "g.txt");
    private static final ReportSettings REPORTS = ReportSettings.defaults().withPicture((graph, radius) -> "");

    private record Seed(String name, byte[] bytes) {
    }

    private final List<String> failures = new ArrayList<>();
    private ExecutorService worker = newWorker();
    private int read;
    private int refused;
    private long slowestMillis;
    private String slowest = "";

    @Test
    void everyInputIsReadOrRefusedWithProblemsAndWhatReadsIsWrittenAndReadBack() throws Exception {
        List<Seed> seeds = seeds();
        assertThat(seeds).extracting(Seed::name).anyMatch(n -> n.endsWith(".blastmap.json"))
                .anyMatch(n -> n.endsWith(".graphml")).anyMatch(n -> n.endsWith(".gml")).anyMatch(n -> n.endsWith(".dot"))
                .anyMatch(n -> n.endsWith(".csv")).anyMatch(n -> n.endsWith(".yaml")).anyMatch(n -> n.endsWith(".cyjs"))
                .anyMatch(n -> n.contains("kiali")).anyMatch(n -> n.contains("zipkin")).anyMatch(n -> n.contains("jaeger"));
        for (Seed seed : seeds) {
            check(seed.name(), seed.bytes());
        }
        long seed = Long.getLong("blastmap.fuzz.seed", System.currentTimeMillis());
        long budget = TimeUnit.SECONDS.toNanos(Long.getLong("blastmap.fuzz.seconds", 60));
        Random random = new Random(seed);
        Mutator mutator = new Mutator(random);
        long end = System.nanoTime() + budget;
        int inputs = seeds.size();
        while (System.nanoTime() < end && failures.size() < 20) {
            Seed a = seeds.get(random.nextInt(seeds.size()));
            Seed b = seeds.get(random.nextInt(seeds.size()));
            String name = random.nextInt(10) < 7 ? a.name() : NAMES.get(random.nextInt(NAMES.size()));
            check(name, mutator.mutate(a.bytes(), b.bytes()));
            inputs++;
        }
        worker.shutdownNow();
        System.out.printf("fuzz: seed %d, %d inputs, %d read, %d refused with problems, slowest %d ms (%s)%n", seed,
                inputs, read, refused, slowestMillis, slowest);
        assertThat(failures).as("seed " + seed + "; failing inputs are in target/fuzz-failures").isEmpty();
        assertThat(read).as("some inputs must read, or nothing after reading was tried").isPositive();
    }

    private void check(String name, byte[] bytes) throws InterruptedException {
        long start = System.nanoTime();
        Future<Boolean> outcome = worker.submit(() -> readWriteAndReadBack(name, bytes));
        try {
            if (outcome.get(PER_INPUT_SECONDS, TimeUnit.SECONDS)) {
                read++;
            } else {
                refused++;
            }
        } catch (TimeoutException e) {
            outcome.cancel(true);
            // the thread may be stuck where it cannot be interrupted; leave it and go on with a fresh one
            worker.shutdownNow();
            worker = newWorker();
            fail(name, bytes, "took longer than " + PER_INPUT_SECONDS + " s");
        } catch (ExecutionException e) {
            fail(name, bytes, describe(e.getCause()));
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (millis > slowestMillis) {
            slowestMillis = millis;
            slowest = name + ", " + bytes.length + " bytes";
        }
    }

    /** True if the input reads; false if it is refused with problems; throws for anything else. */
    private static boolean readWriteAndReadBack(String name, byte[] bytes) throws IOException {
        Graph graph;
        try {
            graph = GraphFormats.read(new ByteArrayInputStream(bytes), name).graph();
        } catch (GraphImportException e) {
            if (e.problems().stream().noneMatch(Problem::isError)) {
                throw new AssertionError("refused without an error: " + e.problems());
            }
            if (e.problems().stream().anyMatch(p -> !p.source().equals(name))) {
                throw new AssertionError("a problem names another file: " + e.problems());
            }
            return false;
        }
        if (!graph.services().isEmpty()) {
            new PropagationEngine(graph).knockOut(Set.of(graph.services().get(0).id()));
        }
        if (graph.size() <= 2_000) {
            SpofRanking.rank(graph);
        }
        for (GraphFormat format : GraphFormats.writers()) {
            writeAndReadBack(graph, format);
        }
        for (ReportFormat format : List.of(ReportFormat.JSON, ReportFormat.CSV, ReportFormat.MARKDOWN, ReportFormat.HTML)) {
            format.write(Report.of(graph, List.of(), REPORTS), OutputStream.nullOutputStream());
        }
        return true;
    }

    private static void writeAndReadBack(Graph graph, GraphFormat format) throws IOException {
        StringWriter out = new StringWriter();
        try {
            format.writer().write(graph, out);
        } catch (GraphExportException e) {
            return;
        }
        if (format.reader() == null) {
            return;
        }
        Graph back;
        try {
            back = format.reader().read(new StringReader(out.toString()), "written").graph();
        } catch (GraphImportException e) {
            throw new AssertionError(format.name() + " refuses what its own writer wrote: " + e.problems());
        }
        if (format == GraphFormats.NATIVE) {
            assertThat(back).as(format.name()).isEqualTo(graph);
        } else if (format == GraphFormats.CSV) {
            assertThat(structure(back)).as(format.name()).isEqualTo(structure(graph));
        } else {
            assertThat(back.services()).as(format.name()).isEqualTo(graph.services());
            assertThat(List.of(back.name(), back.description(), back.sources())).as(format.name())
                    .isEqualTo(List.of(graph.name(), graph.description(), graph.sources()));
        }
    }

    /** What a CSV edge list holds: the ids and who depends on whom. */
    private static Set<String> structure(Graph graph) {
        Set<String> out = new TreeSet<>();
        for (Service s : graph.services()) {
            out.add(s.id().value());
            for (Clause c : s.dependsOn()) {
                c.members().forEach(m -> out.add(s.id().value() + " -> " + m.value()));
            }
        }
        return out;
    }

    private void fail(String name, byte[] bytes, String what) {
        String safeName = name.replaceAll("[^A-Za-z0-9.]", "_");
        Path file = Path.of("target", "fuzz-failures", failures.size() + "-" + safeName);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            // the message below still says what failed
        }
        failures.add(name + " (" + bytes.length + " bytes, saved as " + file + "): " + what);
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e));
        StackTraceElement[] stack = e.getStackTrace();
        for (int i = 0; i < Math.min(8, stack.length); i++) {
            sb.append("\n    at ").append(stack[i]);
        }
        return sb.toString();
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-input");
            t.setDaemon(true);
            return t;
        });
    }

    private static List<Seed> seeds() throws IOException, URISyntaxException {
        List<Seed> seeds = new ArrayList<>();
        for (String folder : List.of("/io", "/fuzz")) {
            Path root = Path.of(HostileInputFuzzTest.class.getResource(folder).toURI());
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    seeds.add(new Seed(root.relativize(f).toString().replace('/', '-'), Files.readAllBytes(f)));
                }
            }
        }
        return seeds;
    }
}
