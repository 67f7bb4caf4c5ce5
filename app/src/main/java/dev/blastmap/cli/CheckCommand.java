package dev.blastmap.cli;

import dev.blastmap.io.Problem;
import dev.blastmap.io.ReadResult;
import dev.blastmap.policy.CheckResult;
import dev.blastmap.policy.Policy;
import dev.blastmap.policy.PolicyCheck;
import dev.blastmap.policy.PolicyException;
import dev.blastmap.policy.PolicyReader;
import dev.blastmap.report.check.CheckJsonWriter;
import dev.blastmap.report.check.CheckMarkdownWriter;
import dev.blastmap.report.check.CheckTextWriter;
import dev.blastmap.report.check.CheckWriter;
import dev.blastmap.report.check.JunitWriter;
import dev.blastmap.report.check.SarifWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blastmap check GRAPH --policy POLICY.yaml [--format text|md|json] [--output FILE] [--junit FILE]
 * [--sarif FILE]}: the resilience gate for CI. Exit 0 when no rule of severity error is broken, 1 when one
 * is, 2 on bad usage, a bad graph or a bad policy (every problem on its own line, located file:line:col).
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = BlastmapCommand.Version.class,
        description = {"Checks a graph against a resilience policy: the gate for pull requests.",
                "Exit status: 0 when every rule of severity error holds, 1 when one is broken, 2 on bad usage, "
                        + "a bad graph or a bad policy."},
        footer = {"", "Examples:",
                "  blastmap check infra.blastmap.json --policy resilience.yaml",
                "  blastmap check main.tf.dot --policy resilience.yaml --format md -o comment.md --junit junit.xml "
                        + "--sarif blastmap.sarif",
                "Policy rules (a list under rules:, each with optional id, severity: error|warning|note, except: [..]):",
                "  maxDown: N, maxWeighted: W, noSinglePointOfFailure: customer-facing|SELECTOR,",
                "  survive: zone:*|region:*|tag:T|..., noCommonCause: true, maxCutSetsOrder2: N. See docs/ci.md."})
public final class CheckCommand implements Callable<Integer> {

    private static final String NAME = "check";

    /** The report formats of {@code --format}. */
    enum Format {
        text(new CheckTextWriter()), md(new CheckMarkdownWriter()), json(new CheckJsonWriter());

        private final CheckWriter writer;

        Format(CheckWriter writer) {
            this.writer = writer;
        }
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GRAPH", description = GraphInput.DESCRIPTION)
    private String graphArgument;

    @Option(names = {"-p", "--policy"}, required = true, paramLabel = "POLICY.yaml",
            description = "The policy: a YAML file with a list of rules under rules:, or - for standard input.")
    private String policyArgument;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "The report: text, md (a ready pull-request comment) or json (docs/check.schema.json). "
                    + "Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "-",
            description = "Where to write the report; - (the default) for standard output.")
    private String output;

    @Option(names = "--junit", paramLabel = "FILE",
            description = "Also write JUnit XML: one testcase per rule and subject (- for standard output).")
    private String junit;

    @Option(names = "--sarif", paramLabel = "FILE",
            description = "Also write SARIF 2.1.0, results at the services' lines in GRAPH (- for standard output).")
    private String sarif;

    @Override
    public Integer call() {
        // --junit - or --sarif - take standard output from the report, unless -o - asks for the report there too
        boolean reportMakesWay = (GraphInput.STANDARD_INPUT.equals(junit) || GraphInput.STANDARD_INPUT.equals(sarif))
                && !spec.commandLine().getParseResult().hasMatchedOption("--output");
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("--output", reportMakesWay ? null : output);
        targets.put("--junit", junit);
        targets.put("--sarif", sarif);
        List<String> problems = new ArrayList<>(OutputTargets.problems(NAME, targets, List.of(graphArgument,
                policyArgument)));
        if (GraphInput.STANDARD_INPUT.equals(graphArgument) && GraphInput.STANDARD_INPUT.equals(policyArgument)) {
            problems.add("blastmap check: error: GRAPH and --policy cannot both be read from standard input (-)");
        }
        Policy policy = null;
        ReadResult graph = null;
        try {
            graph = GraphInput.readResult(graphArgument, spec);
        } catch (BadInputException e) {
            problems.addAll(e.lines());
        }
        try {
            policy = readPolicy();
        } catch (BadInputException e) {
            problems.addAll(e.lines());
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        CheckResult result;
        try {
            result = PolicyCheck.run(graph.graph(), graphName(), policy);
        } catch (PolicyException e) {
            throw new BadInputException(e.problems().stream().map(Problem::toString).toList());
        }
        SarifWriter sarifWriter = new SarifWriter(graph.positions(), GraphInput.STANDARD_INPUT.equals(graphArgument)
                ? null : SarifWriter.artifactUri(graphArgument), version());
        write(targets.get("--output"), "--output", format.writer, result);
        write(junit, "--junit", new JunitWriter(), result);
        write(sarif, "--sarif", sarifWriter, result);
        return result.passed() ? 0 : 1;
    }

    private void write(String target, String option, CheckWriter writer, CheckResult result) {
        if (target != null) {
            OutputTargets.write(NAME, option, target, out -> writer.write(result, out), spec);
        }
    }

    private String graphName() {
        return GraphInput.STANDARD_INPUT.equals(graphArgument) ? GraphInput.STANDARD_INPUT_NAME : graphArgument;
    }

    private Policy readPolicy() {
        PolicyReader reader = new PolicyReader();
        try {
            if (GraphInput.STANDARD_INPUT.equals(policyArgument)) {
                InputStream stdin = spec.root().userObject() instanceof BlastmapCommand root
                        ? root.standardInput() : System.in;
                try (Reader in = new InputStreamReader(stdin, StandardCharsets.UTF_8)) {
                    return reader.read(in, GraphInput.STANDARD_INPUT_NAME);
                }
            }
            Path file = Path.of(policyArgument);
            if (Files.isDirectory(file)) {
                throw new BadInputException(policyArgument + ": error: is a directory, not a policy file");
            }
            return reader.read(file);
        } catch (PolicyException e) {
            throw new BadInputException(e.problems().stream().map(Problem::toString).toList());
        } catch (NoSuchFileException e) {
            throw new BadInputException(policyArgument + ": error: no such file");
        } catch (AccessDeniedException e) {
            throw new BadInputException(policyArgument + ": error: permission denied");
        } catch (InvalidPathException e) {
            throw new BadInputException(policyArgument + ": error: not a valid file name");
        } catch (IOException e) {
            throw new BadInputException(policyArgument + ": error: cannot be read: " + e.getMessage());
        }
    }

    private static String version() {
        String v = CheckCommand.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
