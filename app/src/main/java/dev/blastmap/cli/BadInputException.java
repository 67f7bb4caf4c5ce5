package dev.blastmap.cli;

import java.util.List;

/**
 * The input of a command cannot be used: a graph file with problems, an unknown service id, an unreadable
 * file. {@link BlastmapCommand} prints its lines to standard error, one per problem, and exits with 2.
 * Subcommands throw it instead of printing and returning, so every command reports bad input the same way.
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> lines;

    /** Bad input described by one or more lines, one per problem. */
    public BadInputException(List<String> lines) {
        super(String.join("\n", lines));
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("bad input needs at least one line saying what is wrong");
        }
        this.lines = List.copyOf(lines);
    }

    /** Bad input described by one line. */
    public BadInputException(String line) {
        this(List.of(line));
    }

    /** The lines to print, one per problem. */
    public List<String> lines() {
        return lines;
    }
}
