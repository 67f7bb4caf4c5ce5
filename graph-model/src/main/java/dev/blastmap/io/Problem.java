package dev.blastmap.io;

import java.util.Objects;

/**
 * One thing wrong (or doubtful) in an input file, located so that a user can fix it.
 *
 * @param source   the file name, or {@code <stdin>}
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 * @param path     where in the document, e.g. a JSON path {@code $.services[3].dependsOn[1]}; empty when none
 * @param message  what is wrong and what to do about it
 * @param severity whether the file is refused
 */
public record Problem(String source, int line, int column, String path, String message, Severity severity) {

    /** Whether a problem refuses the file or only warns. */
    public enum Severity { ERROR, WARNING }

    /** Validates the problem. */
    public Problem {
        Objects.requireNonNull(source, "source");
        path = Objects.requireNonNullElse(path, "");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    /** An error at a line and column. */
    public static Problem error(String source, int line, int column, String path, String message) {
        return new Problem(source, line, column, path, message, Severity.ERROR);
    }

    /** A warning at a line and column. */
    public static Problem warning(String source, int line, int column, String path, String message) {
        return new Problem(source, line, column, path, message, Severity.WARNING);
    }

    /** True for errors. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: error: message (at path)}, the form compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ").append(severity == Severity.ERROR ? "error" : "warning").append(": ").append(message);
        if (!path.isEmpty()) {
            sb.append(" (at ").append(path).append(')');
        }
        return sb.toString();
    }
}
