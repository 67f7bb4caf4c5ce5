package dev.blastmap.io.json;

import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found while reading one document. Keeps at most {@link #LIMIT} of each severity, so a file
 * with millions of wrong values cannot fill the memory with messages; the rest are counted.
 */
final class ProblemList {

    /** How many errors, and separately how many warnings, are kept. */
    static final int LIMIT = 100;

    private final String source;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private int droppedErrors;
    private int droppedWarnings;

    ProblemList(String source) {
        this.source = source;
    }

    /** Records an error at a position. */
    void error(Position at, String message) {
        if (errors.size() < LIMIT) {
            errors.add(Problem.error(source, at.line(), at.column(), at.path(), message));
        } else {
            droppedErrors++;
        }
    }

    /** Records a warning at a position. */
    void warning(Position at, String message) {
        if (warnings.size() < LIMIT) {
            warnings.add(Problem.warning(source, at.line(), at.column(), at.path(), message));
        } else {
            droppedWarnings++;
        }
    }

    /** How many errors have been recorded so far, kept or not. */
    int errorCount() {
        return errors.size() + droppedErrors;
    }

    /** True once any error has been recorded. */
    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The warnings kept, and one more saying how many were dropped. */
    List<Problem> warnings() {
        List<Problem> all = new ArrayList<>(warnings);
        if (droppedWarnings > 0) {
            all.add(Problem.warning(source, 0, 0, "", droppedWarnings + " more warnings not shown"));
        }
        return all;
    }

    /** The exception refusing the file: every error kept, then the warnings. */
    GraphImportException refusal() {
        List<Problem> all = new ArrayList<>(errors);
        // Checks that need the whole document run last; list every error in document order all the same.
        all.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        if (droppedErrors > 0) {
            all.add(Problem.error(source, 0, 0, "", droppedErrors + " more errors not shown; fix these first"));
        }
        all.addAll(warnings());
        return new GraphImportException(all);
    }
}
