package dev.blastmap.cli;

import dev.blastmap.io.GraphExportException;
import dev.blastmap.io.formats.GraphFormat;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.Problem;
import dev.blastmap.io.ReadResult;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.Service;
import dev.blastmap.text.TerminalText;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blastmap convert IN OUT [--from FORMAT] [--to FORMAT]}: reads a graph in any format Blastmap reads
 * and writes it in any format it writes. Formats come from the file names and content unless named; {@code -}
 * is standard input or output. Warnings (and what the target format cannot hold) go to standard error; bad
 * input exits 2 with one line per problem.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = BlastmapCommand.Version.class,
        description = {"Converts a graph between formats, e.g. a terraform graph or a Zipkin export to GraphML.",
            "Reads: blastmap, graphml, terraform, dot, gml, kiali, cytoscape, jaeger, zipkin, backstage, csv.",
            "Writes: blastmap, graphml, dot, cytoscape, csv, mef (Open-PSA fault tree).",
            "Exit status: 0 on success, 2 on bad usage or input or if OUT cannot be written."})
public final class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", description = GraphInput.DESCRIPTION)
    private String input;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write, or - for standard output.")
    private String output;

    @Option(names = "--from", paramLabel = "FORMAT", description = "The format of IN, when its name and content "
            + "do not tell: one of ${COMPLETION-CANDIDATES}.", completionCandidates = ReadableNames.class)
    private String from;

    @Option(names = "--to", paramLabel = "FORMAT", description = "The format of OUT, when its name does not "
            + "tell (default for -: blastmap): one of ${COMPLETION-CANDIDATES}.", completionCandidates = WritableNames.class)
    private String to;

    @Mixin
    private CsvColumnsOption columns;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        GraphFormat source = columns.format()
                .orElseGet(() -> from == null ? null : format(from, "--from", GraphFormats.readers()));
        GraphFormat target = target();
        Graph graph = source == null ? GraphInput.read(input, spec) : read(source);
        PrintWriter err = spec.commandLine().getErr();
        lost(graph, target).ifPresent(what -> err.println(output + ": warning: " + target.description()
                + " cannot hold " + what + "; they are not written"));
        err.flush();
        try {
            if (GraphInput.STANDARD_INPUT.equals(output)) {
                PrintWriter out = spec.commandLine().getOut();
                target.writer().write(graph, out);
                out.flush();
            } else {
                target.writer().write(graph, Path.of(output));
            }
        } catch (GraphExportException e) {
            throw new BadInputException(output + ": error: " + e.getMessage());
        } catch (IOException e) {
            throw OutputFile.failure(output, e);
        }
        return 0;
    }

    private GraphFormat target() {
        if (to != null) {
            return format(to, "--to", GraphFormats.writers());
        }
        if (GraphInput.STANDARD_INPUT.equals(output)) {
            return GraphFormats.NATIVE;
        }
        return GraphFormats.forWriting(output).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "cannot tell the format to write from the name " + output + "; name one with --to: "
                        + names(GraphFormats.writers())));
    }

    private GraphFormat format(String name, String option, List<GraphFormat> allowed) {
        return allowed.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), option + " " + name
                        + " is not a format Blastmap " + ("--to".equals(option) ? "writes" : "reads") + "; use one of "
                        + names(allowed)));
    }

    private static String names(List<GraphFormat> formats) {
        return String.join(", ", formats.stream().map(GraphFormat::name).toList());
    }

    private Graph read(GraphFormat format) {
        try {
            ReadResult result;
            if (GraphInput.STANDARD_INPUT.equals(input)) {
                InputStream stdin = spec.root().userObject() instanceof BlastmapCommand root ? root.standardInput() : System.in;
                result = GraphFormats.read(stdin, GraphInput.STANDARD_INPUT_NAME, format);
            } else {
                result = GraphFormats.read(Path.of(input), format);
            }
            PrintWriter err = spec.commandLine().getErr();
            result.warnings().forEach(w -> err.println(TerminalText.escape(w.toString())));
            err.flush();
            return result.graph();
        } catch (GraphImportException e) {
            throw new BadInputException(e.problems().stream().map(Problem::toString).toList());
        } catch (NoSuchFileException e) {
            throw new BadInputException(input + ": error: no such file");
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new BadInputException(input + ": error: cannot be read: " + e.getMessage());
        }
    }

    /** What of this graph the target format cannot hold, if anything. */
    private static java.util.Optional<String> lost(Graph graph, GraphFormat target) {
        List<String> lost = new java.util.ArrayList<>();
        List<Service> services = graph.services();
        List<Clause> clauses = services.stream().flatMap(s -> s.dependsOn().stream()).toList();
        if (target == GraphFormats.CSV) {
            if (services.stream().anyMatch(s -> !s.label().equals(s.id().value()) || s.kind() != Kind.SERVICE
                    || s.region() != null || s.zone() != null || s.group() != null || !s.tags().isEmpty()
                    || s.weight() != 1 || s.customerFacing())) {
                lost.add("service details (labels, kinds, places, tags, weights)");
            }
            if (clauses.stream().anyMatch(c -> c.need() != c.members().size())) {
                lost.add("any-of and k-of-n dependencies (every member is written as needed)");
            }
        }
        if (target == GraphFormats.MEF && clauses.stream().anyMatch(Clause::soft)) {
            lost.add("soft dependencies");
        }
        if ((target == GraphFormats.CSV || target == GraphFormats.MEF)
                && clauses.stream().anyMatch(c -> !c.delay().isZero() || !c.note().isEmpty())) {
            lost.add("delays and notes");
        }
        if (target != GraphFormats.NATIVE && !graph.scenarios().isEmpty()) {
            lost.add(graph.scenarios().size() + " scenario(s)");
        }
        return lost.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(", ", lost));
    }

    /** The names {@code --from} accepts, for help. */
    static final class ReadableNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return GraphFormats.readers().stream().map(GraphFormat::name).iterator();
        }
    }

    /** The names {@code --to} accepts, for help. */
    static final class WritableNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return GraphFormats.writers().stream().map(GraphFormat::name).iterator();
        }
    }
}
