package dev.blastmap.cli;

import dev.blastmap.diff.GraphComparison;
import dev.blastmap.diff.GraphDiff;
import dev.blastmap.model.Graph;
import dev.blastmap.report.diff.DiffHtmlWriter;
import dev.blastmap.report.diff.DiffJsonWriter;
import dev.blastmap.report.diff.DiffMarkdownWriter;
import dev.blastmap.report.diff.DiffTextWriter;
import dev.blastmap.report.diff.DiffWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blastmap diff OLD NEW [--format text|md|html|json] [--output FILE] [--fail-on new-spof]}: what a
 * change did to the graph and to the blast radius. Exit 0, or 1 with {@code --fail-on new-spof} when the new
 * version has a single point of failure of a customer-facing service that the old one did not; 2 on bad usage
 * or a graph that cannot be read.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = BlastmapCommand.Version.class,
        description = {"Compares two versions of a graph (any two formats Blastmap reads): services and "
                + "dependencies added, removed and changed; each service's single-fault blast radius and exposure "
                + "before and after; new and removed single points of failure of customer-facing services.",
                "Exit status: 0; 1 with --fail-on new-spof when there is a new one; 2 on bad usage or input."},
        footer = {"", "Examples:",
                "  blastmap diff main.blastmap.json pr.blastmap.json",
                "  blastmap diff old.tf.dot new.tf.dot --format md -o comment.md --fail-on new-spof"})
public final class DiffCommand implements Callable<Integer> {

    private static final String NAME = "diff";

    /** The formats of {@code --format}. */
    enum Format {
        text(new DiffTextWriter()), md(new DiffMarkdownWriter()), html(new DiffHtmlWriter()), json(new DiffJsonWriter());

        private final DiffWriter writer;

        Format(DiffWriter writer) {
            this.writer = writer;
        }
    }

    /** What {@code --fail-on} can fail on. */
    enum FailOn {
        /** A customer-facing service has a single point of failure it did not have. */
        new_spof;

        @Override
        public String toString() {
            return name().replace('_', '-');
        }
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The old version: " + GraphInput.DESCRIPTION)
    private String oldArgument;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new version: " + GraphInput.DESCRIPTION)
    private String newArgument;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, md (a ready pull-request comment), html or json (docs/diff.schema.json). "
                    + "Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "-",
            description = "Where to write the diff; - (the default) for standard output.")
    private String output;

    @Option(names = "--fail-on", paramLabel = "CONDITION", converter = FailOnConverter.class,
            description = "new-spof: exit 1 when a customer-facing service has a new single point of failure.")
    private FailOn failOn;

    @Override
    public Integer call() {
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("--output", output);
        List<String> problems = new ArrayList<>(OutputTargets.problems(NAME, targets, List.of(oldArgument, newArgument)));
        if (GraphInput.STANDARD_INPUT.equals(oldArgument) && GraphInput.STANDARD_INPUT.equals(newArgument)) {
            problems.add("blastmap diff: error: OLD and NEW cannot both be read from standard input (-)");
        }
        Graph before = read(oldArgument, problems);
        Graph after = read(newArgument, problems);
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        GraphDiff diff = GraphComparison.compare(before, name(oldArgument), after, name(newArgument));
        OutputTargets.write(NAME, "--output", output, out -> format.writer.write(diff, out), spec);
        return failOn == FailOn.new_spof && !diff.newSpofs().isEmpty() ? 1 : 0;
    }

    private Graph read(String argument, List<String> problems) {
        try {
            return GraphInput.read(argument, spec);
        } catch (BadInputException e) {
            problems.addAll(e.lines());
            return null;
        }
    }

    private static String name(String argument) {
        return GraphInput.STANDARD_INPUT.equals(argument) ? GraphInput.STANDARD_INPUT_NAME : argument;
    }

    /** Reads {@code new-spof}. */
    static final class FailOnConverter implements ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            for (FailOn f : FailOn.values()) {
                if (f.toString().equals(value)) {
                    return f;
                }
            }
            throw new TypeConversionException("expected new-spof, was '" + value + "'");
        }
    }
}
