package dev.blastmap.cli;

import dev.blastmap.text.TerminalText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with a header row, columns padded to their widest cell, for terminal output. Control
 * characters in cells are shown escaped ({@link TerminalText}).
 */
final class TextTable {

    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] rightAligned;

    /** A table with these column headers; headers ending in {@code >} are right-aligned (numbers). */
    TextTable(String... headers) {
        rightAligned = new boolean[headers.length];
        String[] names = new String[headers.length];
        for (int i = 0; i < headers.length; i++) {
            rightAligned[i] = headers[i].endsWith(">");
            names[i] = rightAligned[i] ? headers[i].substring(0, headers[i].length() - 1) : headers[i];
        }
        rows.add(names);
    }

    /** Adds a row; it must have one cell per column. */
    TextTable row(Object... cells) {
        if (cells.length != rightAligned.length) {
            throw new IllegalArgumentException("expected " + rightAligned.length + " cells, got " + cells.length);
        }
        // cells hold ids and labels from the file: shown inert, never as escape sequences
        rows.add(Arrays.stream(cells).map(c -> TerminalText.escape(String.valueOf(c))).toArray(String[]::new));
        return this;
    }

    /** Prints the table, each line indented by two spaces, without trailing spaces. */
    void print(PrintWriter out) {
        int[] widths = new int[rightAligned.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.length; i++) {
                String pad = " ".repeat(widths[i] - row[i].length());
                line.append(rightAligned[i] ? pad + row[i] : row[i] + pad);
                if (i + 1 < row.length) {
                    line.append("  ");
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
