package dev.blastmap.io;

import java.util.List;
import java.util.stream.Collectors;

/** A file could not be read as a graph. Carries every problem found, not only the first. */
public final class GraphImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** Makes the exception; {@code problems} must hold at least one error. */
    public GraphImportException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.stream().noneMatch(Problem::isError)) {
            throw new IllegalArgumentException("an import error needs at least one error");
        }
        this.problems = List.copyOf(problems);
    }

    /** A single error. */
    public static GraphImportException of(String source, int line, int column, String message) {
        return new GraphImportException(List.of(Problem.error(source, line, column, "", message)));
    }

    /** Every problem found, errors and warnings, in the order found. */
    public List<Problem> problems() {
        return problems;
    }
}
