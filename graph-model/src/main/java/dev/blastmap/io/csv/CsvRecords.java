package dev.blastmap.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 text into records: fields separated by one delimiter, optionally quoted with {@code "}
 * (a doubled {@code ""} inside quotes is a quote; quoted fields may span lines). Tracks the line each record
 * starts on.
 */
final class CsvRecords {

    /** A record and the line it starts on. */
    record Row(List<String> fields, int line) {
    }

    /** Text that is not CSV, located. */
    static final class CsvException extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        CsvException(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    /** A field longer than this is refused: no graph has names that long, a binary file does. */
    static final int MAX_FIELD = 64 * 1024;

    private final Reader in;
    private final char delimiter;
    private int line = 1;
    private int pushedBack = -2;

    CsvRecords(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    /** The next record, or null at the end. */
    Row next() throws IOException, CsvException {
        int c = read();
        while (c == '\n' || c == '\r') {
            if (c == '\n') {
                line++;
            }
            c = read();
        }
        if (c < 0) {
            return null;
        }
        int start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c < 0) {
                    throw new CsvException("a quoted field is not closed; is the file truncated?", start);
                }
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = n;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
                field.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c < 0 || c == '\n' || c == '\r') {
                fields.add(field.toString());
                if (c == '\r') {
                    int n = read();
                    if (n != '\n') {
                        pushedBack = n;
                    }
                }
                if (c >= 0) {
                    line++;
                }
                return new Row(fields, start);
            } else {
                field.append((char) c);
            }
            if (field.length() > MAX_FIELD) {
                throw new CsvException("a field is longer than " + MAX_FIELD + " characters; is this a CSV file?", line);
            }
            c = read();
        }
    }
}
