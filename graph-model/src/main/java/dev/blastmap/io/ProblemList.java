package dev.blastmap.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found while reading one file: the one collector of every reader, native and foreign, so that
 * every format follows the same policy. Reading goes on after an error so that a user sees every problem at
 * once; at most {@link #LIMIT} errors and, separately, {@link #LIMIT} warnings are kept, so that a file with
 * millions of wrong values cannot fill the memory with messages, and the rest are counted. A refused file's
 * problems list its errors in document order (those without a line last), then the warnings.
 */
public final class ProblemList {

    /** How many errors, and separately how many warnings, are kept. */
    public static final int LIMIT = 100;

    /** Where in a file a problem is, for readers that keep positions as values. */
    public interface Where {
        /** 1-based line, or 0 when unknown. */
        int line();

        /** 1-based column, or 0 when unknown. */
        int column();

        /** Where in the document, such as a JSON path; empty when none. */
        String path();
    }

    private final String source;
    private final String prefix;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private int droppedErrors;
    private int droppedWarnings;

    /**
     * Starts an empty list for a file in Blastmap's own format, whose messages need no format name.
     *
     * @param source the file name used in problems
     */
    public ProblemList(String source) {
        this(source, "");
    }

    /**
     * Starts an empty list for a file in another tool's format.
     *
     * @param source the file name used in problems
     * @param format the format's name as users know it, e.g. {@code GraphML}; every message starts with it
     */
    public ProblemList(String source, String format) {
        this.source = source;
        this.prefix = format.isEmpty() ? "" : format + ": ";
    }

    /** The file name used in problems. */
    public String source() {
        return source;
    }

    /** Records an error; negative lines and columns are taken as unknown. */
    public void error(int line, int column, String path, String message) {
        if (errors.size() < LIMIT) {
            errors.add(Problem.error(source, Math.max(0, line), Math.max(0, column), path, prefix + message));
        } else {
            droppedErrors++;
        }
    }

    /** Records a warning; negative lines and columns are taken as unknown. */
    public void warning(int line, int column, String path, String message) {
        if (warnings.size() < LIMIT) {
            warnings.add(Problem.warning(source, Math.max(0, line), Math.max(0, column), path, prefix + message));
        } else {
            droppedWarnings++;
        }
    }

    /** Records an error at a position. */
    public void error(Where at, String message) {
        error(at.line(), at.column(), at.path(), message);
    }

    /** Records a warning at a position. */
    public void warning(Where at, String message) {
        warning(at.line(), at.column(), at.path(), message);
    }

    /** How many errors have been recorded so far, kept or not. */
    public int errorCount() {
        return errors.size() + droppedErrors;
    }

    /** True once any error has been recorded. */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The warnings kept, and one more saying how many were dropped. */
    public List<Problem> warnings() {
        List<Problem> all = new ArrayList<>(warnings);
        if (droppedWarnings > 0) {
            all.add(Problem.warning(source, 0, 0, "", prefix + droppedWarnings + " more warnings not shown"));
        }
        return all;
    }

    /** The exception refusing the file: every error kept, then the warnings. Needs at least one error. */
    public GraphImportException refusal() {
        return refusal(List.of());
    }

    /** The exception refusing the file for an error that stops reading, with every problem found before it. */
    public GraphImportException refusal(int line, int column, String message) {
        return refusal(List.of(Problem.error(source, Math.max(0, line), Math.max(0, column), "", prefix + message)));
    }

    private GraphImportException refusal(List<Problem> last) {
        List<Problem> all = new ArrayList<>(errors);
        all.addAll(last);
        // Checks that need the whole document run last; list every error in document order all the same.
        all.sort(Comparator.comparingInt((Problem p) -> p.line() == 0 ? Integer.MAX_VALUE : p.line())
                .thenComparingInt(Problem::column));
        if (droppedErrors > 0) {
            all.add(Problem.error(source, 0, 0, "", prefix + droppedErrors + " more errors not shown; fix these first"));
        }
        all.addAll(warnings());
        return new GraphImportException(all);
    }
}
