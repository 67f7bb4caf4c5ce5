package dev.blastmap.cli;

import dev.blastmap.text.TerminalText;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code blastmap} command: its subcommands run headless. Exit codes: 0 on success, 2 on bad usage or
 * bad input (one line per problem on standard error), 1 if Blastmap itself fails (one line, no stack trace).
 */
@Command(name = "blastmap", mixinStandardHelpOptions = true, versionProvider = BlastmapCommand.Version.class,
        description = "Shows how one failure spreads through a system. Without a command, opens the app.",
        footer = {"", "Without a command, opens the window:",
                "  blastmap [FILE] [--sample NAME] [--knock SELECTOR]... [--select ID]",
                "           [--panel inspector|spof] [--dark|--light]",
                "      FILE                 the graph to open instead of the flagship sample",
                "      --sample NAME        a bundled sample, e.g.",
                "                           --sample online-boutique.blastmap.json",
                "  -k, --knock SELECTOR     knock out a service id or a domain once the graph",
                "                           is open (region:us-east-1, zone:use1-az1, kind:dns,",
                "                           tag:pci, group:payments); repeat it or separate",
                "                           them with commas",
                "      --select ID          select a service once the graph is open",
                "      --panel inspector|spof",
                "                           the right-hand panel to show first",
                "      --dark, --light      the theme for this run (and from now on)"},
        subcommands = {AnalyzeCommand.class, RankCommand.class, RenderCommand.class, ReportCommand.class,
                ConvertCommand.class, AuditCommand.class, CutSetsCommand.class,
                RecoverCommand.class, WhatIfCommand.class, CheckCommand.class, DiffCommand.class,
                AvailabilityCommand.class})
public final class BlastmapCommand implements Runnable {

    /** Exit code for bad usage or bad input. */
    public static final int BAD_INPUT = CommandLine.ExitCode.USAGE;

    /** Exit code when Blastmap itself fails. */
    public static final int INTERNAL_ERROR = CommandLine.ExitCode.SOFTWARE;

    private static final Set<String> GLOBAL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    private final InputStream standardInput;

    @Spec
    private CommandSpec spec;

    /** The command reading {@code -} from {@code System.in}. */
    public BlastmapCommand() {
        this(System.in);
    }

    /** The command reading {@code -} from the given stream. */
    public BlastmapCommand(InputStream standardInput) {
        this.standardInput = Objects.requireNonNull(standardInput, "standardInput");
    }

    /** What a GRAPH argument of {@code -} reads. */
    public InputStream standardInput() {
        return standardInput;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** True if these arguments ask for the command line rather than the window. */
    public static boolean isCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        return subcommandNames().contains(args[0]) || GLOBAL_OPTIONS.contains(args[0])
                || looksLikeAMistypedCommand(args[0]);
    }

    /**
     * The subcommands' names, read off their annotations: picocli's model of every command, which says the same,
     * takes a quarter of a second to build, and opening a file waits for it before the window's JVM starts.
     */
    static Set<String> subcommandNames() {
        return Arrays.stream(BlastmapCommand.class.getAnnotation(Command.class).subcommands())
                .map(c -> c.getAnnotation(Command.class).name()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * A bare word that is no file, such as {@code analyse}, is a mistyped command rather than a graph to open:
     * the command line then says which commands there are, instead of a window saying the file is missing.
     */
    private static boolean looksLikeAMistypedCommand(String first) {
        return first.matches("[A-Za-z][A-Za-z-]*") && !Files.exists(Path.of(first));
    }

    /** Runs the command line on the process's streams and returns the exit code. */
    public static int run(String[] args) {
        return commandLine(System.in, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)).execute(args);
    }

    /**
     * The configured command line: standard streams, and handlers that print bad usage, bad input and even
     * unexpected failures as lines on standard error, never as a stack trace.
     */
    public static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new BlastmapCommand(in));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine command = e.getCommandLine();
            String name = qualifiedName(command);
            String hint = DidYouMean.hint(command, args).map(h -> "; " + h).orElse("");
            command.getErr().println(name + ": " + e.getMessage() + hint + " (see " + name + " --help)");
            command.getErr().flush();
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            PrintWriter errors = command.getErr();
            if (e instanceof BadInputException bad) {
                // lines quote ids and text from the file: printed inert, never as escape sequences
                bad.lines().forEach(line -> errors.println(TerminalText.escape(line)));
                errors.flush();
                return BAD_INPUT;
            }
            // A bug: one line that says so, rather than a stack trace the user cannot act on.
            errors.println(TerminalText.escape("blastmap: internal error: " + e + " (please report this)"));
            errors.flush();
            return INTERNAL_ERROR;
        });
        return cli;
    }

    private static String qualifiedName(CommandLine command) {
        return command.getCommandSpec().qualifiedName(" ");
    }

    /** The version from the jar manifest; shared by every subcommand. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = BlastmapCommand.class.getPackage().getImplementationVersion();
            return new String[] {"blastmap " + (v == null ? "development build" : v)};
        }
    }
}
