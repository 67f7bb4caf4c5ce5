package dev.blastmap.cli;

import dev.blastmap.io.formats.GraphFormat;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.Problem;
import dev.blastmap.io.ReadResult;
import dev.blastmap.model.Graph;
import dev.blastmap.text.TerminalText;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code GRAPH} argument every subcommand shares: a file in any format {@link GraphFormats} reads, or
 * {@code -} for standard input. Reading prints the file's warnings to the command's standard error and
 * turns every problem (bad content, missing file, unreadable file) into a {@link BadInputException}, so a
 * subcommand only writes:
 *
 * <pre>{@code
 * @Parameters(index = "0", paramLabel = "GRAPH", description = GraphInput.DESCRIPTION) String graphArgument;
 * @Spec CommandSpec spec;
 * ...
 * Graph graph = GraphInput.read(graphArgument, spec);
 * }</pre>
 */
public final class GraphInput {

    /** The argument that means standard input. */
    public static final String STANDARD_INPUT = "-";

    /** The name standard input has in problems. */
    public static final String STANDARD_INPUT_NAME = "<stdin>";

    /** The help text for a GRAPH parameter. */
    public static final String DESCRIPTION = "The graph file (*.blastmap.json or any format Blastmap imports), "
            + "or - for standard input.";

    private GraphInput() {
    }

    /**
     * Reads the graph the argument names, printing warnings to the command's standard error.
     *
     * @param argument a file name, or {@code -} for the standard input of the root command
     * @param spec     the running command, for its standard error and standard input
     * @throws BadInputException with one line per problem if the graph cannot be read
     */
    public static Graph read(String argument, CommandSpec spec) {
        return readResult(argument, spec).graph();
    }

    /**
     * Reads the graph the argument names with what the reader knows besides (where each service is defined),
     * printing warnings to the command's standard error.
     *
     * @throws BadInputException with one line per problem if the graph cannot be read
     */
    public static ReadResult readResult(String argument, CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        InputStream stdin = spec.root().userObject() instanceof BlastmapCommand root ? root.standardInput() : System.in;
        ReadResult result = read(argument, stdin, CsvColumnsOption.of(spec).orElse(null));
        for (Problem warning : result.warnings()) {
            err.println(TerminalText.escape(warning.toString()));
        }
        err.flush();
        return result;
    }

    /**
     * Reads the graph the argument names.
     *
     * @param argument a file name, or {@code -} for {@code stdin}
     * @param stdin    what {@code -} reads
     * @throws BadInputException with one line per problem if the graph cannot be read
     */
    public static ReadResult read(String argument, InputStream stdin) {
        return read(argument, stdin, null);
    }

    /** Reads the graph the argument names in this format, or choosing by name and content when it is null. */
    static ReadResult read(String argument, InputStream stdin, GraphFormat format) {
        try {
            if (STANDARD_INPUT.equals(argument)) {
                return GraphFormats.read(stdin, STANDARD_INPUT_NAME, format);
            }
            Path file = Path.of(argument);
            if (Files.isDirectory(file)) {
                throw new BadInputException(argument + ": error: is a directory, not a graph file");
            }
            return GraphFormats.read(file, format);
        } catch (GraphImportException e) {
            throw new BadInputException(e.problems().stream().map(Problem::toString).toList());
        } catch (NoSuchFileException e) {
            throw new BadInputException(argument + ": error: no such file");
        } catch (AccessDeniedException e) {
            throw new BadInputException(argument + ": error: permission denied");
        } catch (InvalidPathException e) {
            throw new BadInputException(argument + ": error: not a valid file name");
        } catch (IOException e) {
            throw new BadInputException(argument + ": error: cannot be read: " + e.getMessage());
        }
    }
}
