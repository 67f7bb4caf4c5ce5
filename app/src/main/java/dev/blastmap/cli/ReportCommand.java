package dev.blastmap.cli;

import dev.blastmap.analysis.Selector;
import dev.blastmap.io.GraphFormats;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.Problem;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Scenario;
import dev.blastmap.report.Report;
import dev.blastmap.report.ReportFormat;
import dev.blastmap.report.ReportSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blastmap report GRAPH [--knock ID|SELECTOR]... [--scenario ID] --out FILE [--top N]}: writes a
 * blast-radius report in the format the extension of FILE names. Runs headless. Bad input (an unreadable
 * graph, a selector that names nothing, an unknown scenario or extension) prints one line per problem to
 * standard error and exits 2; a report that cannot be written exits 1.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes a blast-radius report of a knockout or a scenario.",
                "The extension of FILE chooses the format: .html, .pdf, .md, .json or .csv."},
        footer = {"", "Examples:",
                "  blastmap report shop.blastmap.json --knock db-primary --out report.pdf",
                "  blastmap report aws.blastmap.json --knock region:us-east-1 --out blast.html",
                "  blastmap report aws.blastmap.json --scenario timeline --out timeline.md"})
public final class ReportCommand implements Callable<Integer> {

    /** Exit code for bad input. */
    static final int BAD_INPUT = 2;
    /** Exit code when the report cannot be written. */
    static final int WRITE_FAILED = 1;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GRAPH", description = "The graph file to report on.")
    private Path graphFile;

    @Option(names = {"-k", "--knock"}, paramLabel = "ID|SELECTOR",
            description = "Knock out a service by id, or every service of region:R, zone:Z, kind:K, tag:T or "
                    + "group:G. Repeatable. Without --knock or --scenario the report shows the healthy graph "
                    + "and its single points of failure.")
    private List<String> knock = new ArrayList<>();

    @Option(names = {"-s", "--scenario"}, paramLabel = "ID",
            description = "Report a scenario of the graph step by step instead; cannot be combined with --knock.")
    private String scenario;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
            description = "Where to write the report; its extension chooses the format.")
    private Path out;

    @Option(names = "--top", paramLabel = "N", defaultValue = "" + ReportSettings.DEFAULT_TOP,
            description = "How many single points of failure to list (default: ${DEFAULT-VALUE}).")
    private int top;

    @Override
    public Integer call() {
        System.setProperty("java.awt.headless", "true");
        PrintWriter err = spec.commandLine().getErr();
        List<String> problems = new ArrayList<>();
        Optional<ReportFormat> format = ReportFormat.forFile(out);
        if (format.isEmpty()) {
            problems.add(out + ": cannot tell the report format from the name; use one of ."
                    + String.join(", .", ReportFormat.allExtensions()));
        }
        if (scenario != null && !knock.isEmpty()) {
            problems.add("--scenario and --knock cannot be combined: a scenario says what it knocks out");
        }
        if (top < 1) {
            problems.add("--top must be at least 1, was " + top);
        }
        Graph graph = read(problems);
        Report report = graph == null ? null : report(graph, problems);
        if (!problems.isEmpty() || report == null) {
            problems.forEach(err::println);
            err.flush();
            return BAD_INPUT;
        }
        try {
            format.orElseThrow().write(report, out);
        } catch (IOException e) {
            err.println(out + ": cannot write the report: " + describe(e));
            err.flush();
            return WRITE_FAILED;
        }
        return 0;
    }

    private Graph read(List<String> problems) {
        try {
            if (!Files.isRegularFile(graphFile)) {
                problems.add(graphFile + ": no such file");
                return null;
            }
            return GraphFormats.read(graphFile).graph();
        } catch (GraphImportException e) {
            e.problems().stream().filter(Problem::isError).map(Problem::toString).forEach(problems::add);
        } catch (IOException e) {
            problems.add(graphFile + ": cannot read: " + describe(e));
        }
        return null;
    }

    private Report report(Graph graph, List<String> problems) {
        ReportSettings settings = ReportSettings.defaults().withTop(Math.max(top, 1));
        if (scenario != null) {
            Optional<Scenario> found = graph.scenario(scenario);
            if (found.isEmpty()) {
                List<String> ids = graph.scenarios().stream().map(Scenario::id).toList();
                problems.add(graphFile + ": no scenario '" + scenario + "'; "
                        + (ids.isEmpty() ? "the graph has none" : "it has " + String.join(", ", ids)));
                return null;
            }
            return problems.isEmpty() ? Report.ofScenario(graph, found.get(), settings) : null;
        }
        List<Selector> selectors = new ArrayList<>();
        for (String text : knock) {
            try {
                Selector selector = Selector.parse(text);
                selector.resolve(graph);
                selectors.add(selector);
            } catch (IllegalArgumentException e) {
                problems.add("--knock " + text + ": " + e.getMessage());
            }
        }
        return problems.isEmpty() ? Report.of(graph, selectors, settings) : null;
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException missing) {
            return "no such file or folder " + missing.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
