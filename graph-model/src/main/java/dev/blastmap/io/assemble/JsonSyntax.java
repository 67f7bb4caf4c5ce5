package dev.blastmap.io.assemble;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import dev.blastmap.io.GraphImportException;
import java.io.EOFException;
import java.io.IOException;

/**
 * Gson's syntax errors as located problems, for the foreign JSON readers, which stream their documents with
 * Gson's reader and build no tree: a reader walks the document inside {@link #read}, and whatever Gson refuses
 * on the way (a {@link MalformedJsonException}, an {@link EOFException} at a cut-off end, a
 * {@link NumberFormatException}) becomes one problem at the line and column Gson names.
 */
public final class JsonSyntax {

    private JsonSyntax() {
    }

    /** A walk through a document that returns what it read. */
    @FunctionalInterface
    public interface Walk<T> {
        /** Reads the document's one top-level value. */
        T walk() throws GraphImportException, IOException;
    }

    /**
     * Runs a walk over a document's top-level value, then expects the end of the text.
     *
     * @param format the format's name for problems, e.g. {@code Zipkin}
     * @throws GraphImportException if the walk reports one, or the text is not well-formed JSON
     */
    public static <T> T read(JsonReader reader, String source, String format, Walk<T> walk)
            throws GraphImportException, IOException {
        try {
            T result = walk.walk();
            String more = null;
            try {
                if (reader.peek() != JsonToken.END_DOCUMENT) {
                    more = reader.toString();
                }
            } catch (MalformedJsonException e) {
                // a strict reader refuses a second value with advice to be lenient: say what it means
                more = e.getMessage();
            }
            if (more != null) {
                GsonLocation at = GsonLocation.of(more);
                throw GraphImportException.of(source, at.line(), at.column(),
                        format + ": more text after the end of the JSON document");
            }
            return result;
        } catch (EOFException | MalformedJsonException | NumberFormatException e) {
            throw syntaxError(e, source, format);
        }
    }

    /**
     * The problem a Gson syntax error (a {@link MalformedJsonException}, an {@link EOFException} at a cut-off
     * end, a {@link NumberFormatException}) stands for, at the line and column Gson names.
     */
    public static GraphImportException syntaxError(Exception e, String source, String format) {
        GsonLocation at = GsonLocation.of(e.getMessage());
        if (e instanceof EOFException) {
            return GraphImportException.of(source, at.line(), at.column(),
                    format + ": the file ends too early; is it truncated?");
        }
        String problem = firstLine(e.getMessage());
        String hint = problem.startsWith("Unterminated") ? "; is the file truncated?" : "";
        return GraphImportException.of(source, at.line(), at.column(), format + ": not valid JSON: " + problem + hint);
    }

    /** The line a streaming reader is at, read from its description; 0 when it does not say. */
    public static int lineOf(JsonReader reader) {
        return GsonLocation.of(reader.toString()).line();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed";
        }
        int nl = message.indexOf('\n');
        String first = nl < 0 ? message : message.substring(0, nl);
        return first.replaceAll(" at line \\d+ column \\d+ path \\S*", "");
    }
}
