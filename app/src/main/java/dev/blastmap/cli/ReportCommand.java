package dev.blastmap.cli;

import dev.blastmap.analysis.Selector;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Scenario;
import dev.blastmap.report.Report;
import dev.blastmap.report.ReportFormat;
import dev.blastmap.report.ReportSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blastmap report GRAPH [--knock ID|SELECTOR]... [--scenario ID] --out FILE [--top N]}: writes a
 * blast-radius report in the format the extension of FILE names. Runs headless. Bad input (an unreadable
 * graph, a selector that names nothing, an unknown scenario or extension) prints one line per problem to
 * standard error and exits 2; a report that cannot be written exits 1.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = BlastmapCommand.Version.class,
        description = {"Writes a blast-radius report of a knockout or a scenario.",
                "The extension of FILE chooses the format: .html, .pdf, .md, .json or .csv.",
                "Exit status: 0 on success, 2 on bad usage or input or if the report cannot be written."},
        footer = {"", "Examples:",
                "  blastmap report shop.blastmap.json --knock db-primary --out report.pdf",
                "  blastmap report aws.blastmap.json --knock region:us-east-1 --out blast.html",
                "  blastmap report aws.blastmap.json --scenario timeline --out timeline.md"})
public final class ReportCommand implements Callable<Integer> {

    private static final String ERROR = "blastmap report: error: ";

    @Mixin
    private CsvColumnsOption columns;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GRAPH", description = GraphInput.DESCRIPTION)
    private String graphArgument;

    @Option(names = {"-k", "--knock"}, paramLabel = "ID|SELECTOR",
            description = {"Knock out a service by id, or every service of region:R, zone:Z, kind:K, tag:T or "
                    + "group:G. Repeatable.", "Without --knock or --scenario the report shows the healthy graph "
                    + "and its single points of failure."})
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
        // Batik and the PDF renderer use AWT for fonts and geometry; a server has no display.
        System.setProperty("java.awt.headless", "true");
        List<String> problems = new ArrayList<>();
        Optional<ReportFormat> format = ReportFormat.forFile(out);
        if (format.isEmpty()) {
            problems.add(ERROR + "--out " + out + ": cannot tell the format from the name; use ."
                    + String.join(", .", ReportFormat.allExtensions()));
        }
        if (scenario != null && !knock.isEmpty()) {
            problems.add(ERROR + "--scenario and --knock cannot be combined: a scenario says what it knocks out");
        }
        if (top < 1) {
            problems.add(ERROR + "--top must be at least 1, was " + top);
        }
        if (isTheGraphFile(out)) {
            problems.add(ERROR + "--out " + out + " is the graph file; the report would overwrite it");
        }
        Graph graph;
        try {
            graph = GraphInput.read(graphArgument, spec);
        } catch (BadInputException e) {
            problems.addAll(e.lines());
            throw new BadInputException(problems);
        }
        if (scenario == null) {
            try {
                KnockArguments.resolve(knock, graph, "report");
            } catch (BadInputException e) {
                problems.addAll(e.lines());
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        Report report = scenario != null ? scenarioReport(graph) : knockoutReport(graph);
        try {
            format.orElseThrow().write(report, out);
        } catch (IOException e) {
            throw OutputFile.failure(out.toString(), e);
        }
        return 0;
    }

    private ReportSettings settings() {
        return ReportSettings.defaults().withTop(top);
    }

    private Report scenarioReport(Graph graph) {
        Scenario found = graph.scenario(scenario).orElseThrow(() -> {
            List<String> ids = graph.scenarios().stream().map(Scenario::id).toList();
            return new BadInputException(ERROR + "--scenario " + scenario + ": the graph has no such scenario; "
                    + (ids.isEmpty() ? "it has none" : "it has " + String.join(", ", ids)));
        });
        return Report.ofScenario(graph, found, settings());
    }

    private Report knockoutReport(Graph graph) {
        return Report.of(graph, knock.stream().map(Selector::parse).toList(), settings());
    }

    private boolean isTheGraphFile(Path file) {
        if (GraphInput.STANDARD_INPUT.equals(graphArgument)) {
            return false;
        }
        try {
            Path graph = Path.of(graphArgument);
            return Files.exists(file) && Files.exists(graph) ? Files.isSameFile(file, graph)
                    : file.toAbsolutePath().normalize().equals(graph.toAbsolutePath().normalize());
        } catch (IOException | InvalidPathException e) {
            // Not comparable: reading the graph will report what is wrong with its name.
            return false;
        }
    }
}
