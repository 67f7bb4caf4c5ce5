package dev.blastmap.io;

/**
 * Where something starts in a text file, for messages and for tools that annotate the file (SARIF, editors).
 *
 * @param line   1-based line
 * @param column 1-based column, or 0 when only the line is known
 */
public record SourcePosition(int line, int column) {

    /** Validates the position. */
    public SourcePosition {
        if (line < 1 || column < 0) {
            throw new IllegalArgumentException("a position needs a line ≥ 1 and a column ≥ 0, was " + line + ":"
                    + column);
        }
    }
}
